package se.kundval.rapport.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Figur.Matt;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Medelvarde;
import se.kundval.core.rapport.Nki;

/**
 * The report's charts: andel lyckade per insatstyp and per anordnare against the goal, snittdagar
 * till lyckat avslut per insatstyp, the avslutsorsaker of all avslut, and NKI per anordnare. Rows
 * without the figure (no avslut, NKI withheld) have no bar.
 */
final class Rapportdiagram {

    static final BigDecimal MAL = new BigDecimal(Kvalitetsrapport.MAL_ANDEL_LYCKADE);
    /** How many charts {@link #av} gives. */
    static final int ANTAL = 5;

    private Rapportdiagram() {
    }

    static List<Diagramdata> av(Kvalitetsrapport rapport) {
        return List.of(lyckadePerTyp(rapport), lyckadePerAnordnare(rapport), snittdagar(rapport), avslutsorsaker(rapport),
                nki(rapport));
    }

    static Diagramdata lyckadePerTyp(Kvalitetsrapport rapport) {
        List<Diagramdata.Stapel> staplar = new ArrayList<>();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            andel(staplar, t.namn(), t.resultat().lyckade(), Figur.insatstyp(t.kod(), Matt.LYCKADE));
        }
        // the types by their names, which need the width of a horizontal chart's labels
        return new Diagramdata(NLS.bind(Messages.diagramLyckadeTyp, mal()), Diagramdata.Skala.ANDEL, MAL, true,
                staplar);
    }

    static Diagramdata lyckadePerAnordnare(Kvalitetsrapport rapport) {
        List<Diagramdata.Stapel> staplar = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            andel(staplar, a.namn(), a.resultat().lyckade(), Figur.anordnare(a.orgnr(), Matt.LYCKADE));
        }
        return new Diagramdata(NLS.bind(Messages.diagramLyckadeAnordnare, mal()), Diagramdata.Skala.ANDEL, MAL, true,
                staplar);
    }

    static Diagramdata snittdagar(Kvalitetsrapport rapport) {
        List<Diagramdata.Stapel> staplar = new ArrayList<>();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            Medelvarde dagar = t.resultat().dagarTillLyckat();
            if (dagar.n() > 0) {
                staplar.add(new Diagramdata.Stapel(t.namn(), dagar.varde(1), dagar.n(), dagar.osaker(),
                        Figur.insatstyp(t.kod(), Matt.LYCKADE)));
            }
        }
        return new Diagramdata(Messages.diagramSnittdagar, Diagramdata.Skala.DAGAR, null, true, staplar);
    }

    static Diagramdata avslutsorsaker(Kvalitetsrapport rapport) {
        Fordelning orsaker = rapport.totalt().resultat().avslutsorsaker();
        List<Diagramdata.Stapel> staplar = new ArrayList<>();
        orsaker.antal().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> staplar.add(
                new Diagramdata.Stapel(Siffror.etikett("Avslutsorsak", e.getKey()), BigDecimal.valueOf(e.getValue()), e.getValue(), //$NON-NLS-1$
                        false, new Figur(Figur.Rad.TOTALT, null, Matt.AVSLUTSORSAK, e.getKey()))));
        return new Diagramdata(NLS.bind(Messages.diagramAvslutsorsaker, orsaker.av()), Diagramdata.Skala.ANTAL, null, true, staplar);
    }

    static Diagramdata nki(Kvalitetsrapport rapport) {
        List<Diagramdata.Stapel> staplar = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            Nki nki = a.undersokning().nki();
            if (nki.varde() != null) {
                staplar.add(new Diagramdata.Stapel(a.namn(), nki.varde(), nki.svarande(), false, null));
            }
        }
        return new Diagramdata(Messages.diagramNki, Diagramdata.Skala.NKI, null, true, staplar);
    }

    /** The goal as titles write it: "65 %". */
    private static String mal() {
        return Siffror.tal(MAL.movePointRight(2), 0) + "\u00a0%"; //$NON-NLS-1$
    }

    private static void andel(List<Diagramdata.Stapel> staplar, String etikett, Andel andel, Figur figur) {
        if (andel.av() > 0) {
            staplar.add(new Diagramdata.Stapel(etikett, andel.varde(), andel.av(), andel.osaker(), figur));
        }
    }
}
