package se.kundval.rapport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Medelvarde;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.export.Dokument;
import se.kundval.export.Dokumentdel;
import se.kundval.export.Kolumn;
import se.kundval.export.Kolumntyp;
import se.kundval.export.Osakert;
import se.kundval.export.Stapeldiagram;
import se.kundval.export.Tabell;
import se.kundval.model.Omrade;

/**
 * The report as the tables (and, in PDF, charts; the funnel plot also in XLSX) of CSV, XLSX and PDF. Every share stands next to
 * the count it is computed on, and a figure on fewer than five persons is marked uncertain.
 */
final class Rapportdokument {

    private final Kvalitetsrapport rapport;

    private Rapportdokument(Kvalitetsrapport rapport) {
        this.rapport = rapport;
    }

    static Dokument av(Kvalitetsrapport rapport) {
        return new Rapportdokument(rapport).dokument();
    }

    private Dokument dokument() {
        BigDecimal mal = new BigDecimal(Kvalitetsrapport.MAL_ANDEL_LYCKADE);
        String malText = mal.movePointRight(2).stripTrailingZeros().toPlainString() + " %"; //$NON-NLS-1$
        List<Dokumentdel> delar = new ArrayList<>();
        delar.add(volymerPerTyp());
        delar.add(resultatPerTyp());
        Map<String, BigDecimal> lyckade = new LinkedHashMap<>();
        rapport.insatstyper().values().stream().filter(t -> t.resultat().avslut() > 0)
                .forEach(t -> lyckade.put(t.namn(), t.resultat().lyckade().varde()));
        delar.add(new Stapeldiagram(NLS.bind(Messages.diagramLyckadeTyp, malText), Kolumntyp.ANDEL, lyckade, mal));
        delar.add(volymerPerAnordnare());
        delar.add(resultatPerAnordnare());
        Map<String, BigDecimal> andelar = new LinkedHashMap<>();
        rapport.anordnare().values().stream().filter(a -> a.resultat().kunder() > 0)
                .forEach(a -> andelar.put(a.namn() == null ? a.orgnr() : a.namn(), a.andelAvKunder().varde()));
        delar.add(new Stapeldiagram(Messages.diagramKunderAnordnare, Kolumntyp.ANDEL, andelar, null));
        Jamforelsedelar jamforelse = new Jamforelsedelar(rapport);
        delar.addAll(jamforelse.delar());
        delar.add(kundundersokning());
        delar.addAll(new Fordelningstabeller(rapport).tabeller());
        delar.add(jamforelse.bilaga());
        return new Dokument(Messages.titel, NLS.bind(Messages.undertitel,
                new Object[] {rapport.period().fran(), rapport.period().till(), malText}), delar);
    }

    private Tabell volymerPerTyp() {
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.kod), Kolumn.text(Messages.insatstyp), Kolumn.heltal(Messages.kunder),
                Kolumn.heltal(Messages.insatser), Kolumn.heltal(Messages.startade), Kolumn.decimal(Messages.insatserPerKund, 2),
                Kolumn.heltal(Messages.kvinnor),
                Kolumn.andel(Messages.andelKvinnor), Kolumn.heltal(Messages.man), Kolumn.andel(Messages.andelMan),
                Kolumn.heltal(Messages.auktoriserade), Kolumn.heltal(Messages.aktiva));
        List<List<Object>> rader = new ArrayList<>();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            rader.add(volymer(t.kod(), t.namn(), t.resultat(), t.auktoriseradeAnordnare(), t.aktivaAnordnare()));
        }
        rader.add(volymer(Messages.totalt, null, rapport.totalt().resultat(), rapport.totalt().auktoriseradeAnordnare(),
                rapport.totalt().aktivaAnordnare()));
        return new Tabell(Messages.tabellVolymerTyp, kolumner, rader, Messages.fotnotOsaker);
    }

    private static List<Object> volymer(String kod, String namn, Resultatrad r, int auktoriserade, int aktiva) {
        boolean osaker = Andel.osaker(r.kunder());
        return rad(kod, namn, r.kunder(), r.insatser(), r.startade(), varde(r.insatserPerKund(), osaker), r.kvinnor().antal(),
                andel(r.kvinnor()), r.man().antal(), andel(r.man()), auktoriserade, aktiva);
    }

    private Tabell resultatPerTyp() {
        List<List<Object>> rader = new ArrayList<>();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            rader.add(resultat(t.kod(), t.namn(), t.resultat()));
        }
        rader.add(resultat(Messages.totalt, null, rapport.totalt().resultat()));
        return new Tabell(Messages.tabellResultatTyp, resultatkolumner(Messages.kod, Messages.insatstyp), rader, Messages.fotnotObedomda);
    }

    private static List<Kolumn> resultatkolumner(String forsta, String andra) {
        return List.of(Kolumn.text(forsta), Kolumn.text(andra), Kolumn.heltal(Messages.avslut), Kolumn.heltal(Messages.lyckade),
                Kolumn.heltal(Messages.obedomda), Kolumn.andel(Messages.andelLyckade), Kolumn.heltal(Messages.bonusgrundande),
                Kolumn.heltal(Messages.maluppfyllelse),
                Kolumn.andel(Messages.andelMaluppfyllelse), Kolumn.decimal(Messages.snittdagar, 1));
    }

    private static List<Object> resultat(String forsta, String andra, Resultatrad r) {
        Medelvarde dagar = r.dagarTillLyckat();
        return rad(forsta, andra, r.avslut(), r.lyckade().antal(), r.obedomda(), andel(r.lyckade()), r.bonusgrundande(),
                r.maluppfyllelse().antal(),
                andel(r.maluppfyllelse()), varde(dagar.varde(1), dagar.osaker()));
    }

    private Tabell volymerPerAnordnare() {
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.orgnr), Kolumn.text(Messages.anordnare), Kolumn.heltal(Messages.kunder),
                Kolumn.andel(Messages.andelAvKunder), Kolumn.heltal(Messages.insatser), Kolumn.heltal(Messages.startade),
                Kolumn.andel(Messages.andelKvinnor),
                Kolumn.andel(Messages.andelMan));
        List<List<Object>> rader = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            Resultatrad r = a.resultat();
            rader.add(rad(a.orgnr(), a.namn(), r.kunder(), andel(a.andelAvKunder()), r.insatser(), r.startade(), andel(r.kvinnor()),
                    andel(r.man())));
        }
        return new Tabell(Messages.tabellVolymerAnordnare, kolumner, rader, Messages.fotnotOsaker);
    }

    private Tabell resultatPerAnordnare() {
        List<List<Object>> rader = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            rader.add(resultat(a.orgnr(), a.namn(), a.resultat()));
        }
        return new Tabell(Messages.tabellResultatAnordnare, resultatkolumner(Messages.orgnr, Messages.anordnare), rader,
                Messages.fotnotObedomda);
    }

    private Tabell kundundersokning() {
        Etiketter etiketter = new Etiketter();
        List<Kolumn> kolumner = new ArrayList<>(List.of(Kolumn.text(Messages.orgnr), Kolumn.text(Messages.anordnare),
                Kolumn.heltal(Messages.inbjudna), Kolumn.heltal(Messages.svarande), Kolumn.andel(Messages.svarsfrekvens),
                Kolumn.decimal(Messages.nki, 2)));
        for (Omrade omrade : Omrade.values()) {
            kolumner.add(Kolumn.decimal(etiketter.av(Omrade.class, omrade.getLiteral()), 2));
        }
        List<List<Object>> rader = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            rader.add(undersokning(a.orgnr(), a.namn(), a.undersokning()));
        }
        rader.add(undersokning(Messages.totalt, null, rapport.totalt().undersokning()));
        return new Tabell(Messages.tabellNki, kolumner, rader, Messages.fotnotNki);
    }

    private static List<Object> undersokning(String forsta, String andra, Kundundersokning u) {
        List<Object> rad = rad(forsta, andra, u.inbjudna(), u.nki().svarande(), andel(u.svarsfrekvens()), u.nki().varde());
        for (Omrade omrade : Omrade.values()) {
            rad.add(u.omraden().containsKey(omrade) ? u.omraden().get(omrade).varde() : null);
        }
        return rad;
    }

    /** A share, marked uncertain when its denominator is below five persons. */
    static Object andel(Andel andel) {
        return varde(andel.varde(), andel.osaker());
    }

    static Object varde(Object varde, boolean osaker) {
        return varde != null && osaker ? new Osakert(varde) : varde;
    }

    static List<Object> rad(Object... varden) {
        List<Object> rad = new ArrayList<>(varden.length);
        for (Object v : varden) {
            rad.add(v);
        }
        return rad;
    }
}
