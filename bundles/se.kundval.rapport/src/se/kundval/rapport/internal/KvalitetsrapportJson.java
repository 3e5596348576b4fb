package se.kundval.rapport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Effekt;
import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.rapport.Tillsynskrav;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * The report as JSON in the shape of DOMAIN §10: {@code period}, {@code totalt}, {@code insatstyper}
 * by code, {@code anordnare} by orgnr, then {@code tillsyn} and every contributed section under its
 * own key. Shares are 0–1 and null without a denominator; each row lists in {@code osakra} the
 * figures computed on fewer than five persons. The tree is plain maps and lists in the order the
 * report lists them; the product's codec writes it.
 */
final class KvalitetsrapportJson {

    private static final String JAMFORELSE = "justerad_jamforelse"; //$NON-NLS-1$
    private static final Set<String> RESERVERADE = Set.of("period", "totalt", "insatstyper", "anordnare", "tillsyn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            JAMFORELSE);

    private final Kvalitetsrapport rapport;
    private final Jsonkodek json;

    KvalitetsrapportJson(Kvalitetsrapport rapport, Jsonkodek json) {
        this.rapport = rapport;
        this.json = json;
    }

    void skriv(OutputStream ut) throws IOException {
        json.skriv(trad(), ut);
    }

    Map<String, Object> trad() {
        Map<String, Object> rot = new LinkedHashMap<>();
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("fran", rapport.period().fran()); //$NON-NLS-1$
        period.put("till", rapport.period().till()); //$NON-NLS-1$
        period.put("mal_andel_lyckade", new BigDecimal(Kvalitetsrapport.MAL_ANDEL_LYCKADE)); //$NON-NLS-1$
        rot.put("period", period); //$NON-NLS-1$
        Map<String, Object> totalt = rad(rapport.totalt().resultat());
        totalt.put("anordnare_auktoriserade", rapport.totalt().auktoriseradeAnordnare()); //$NON-NLS-1$
        totalt.put("anordnare_aktiva", rapport.totalt().aktivaAnordnare()); //$NON-NLS-1$
        undersokning(totalt, rapport.totalt().undersokning());
        rot.put("totalt", totalt); //$NON-NLS-1$
        Map<String, Object> typer = new LinkedHashMap<>();
        for (Insatstyprad typ : rapport.insatstyper().values()) {
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put("namn", typ.namn()); //$NON-NLS-1$
            rad.putAll(rad(typ.resultat()));
            rad.put("anordnare_auktoriserade", typ.auktoriseradeAnordnare()); //$NON-NLS-1$
            rad.put("anordnare_aktiva", typ.aktivaAnordnare()); //$NON-NLS-1$
            typer.put(typ.kod(), rad);
        }
        rot.put("insatstyper", typer); //$NON-NLS-1$
        Map<String, Object> anordnare = new LinkedHashMap<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put("namn", a.namn()); //$NON-NLS-1$
            rad.putAll(rad(a.resultat()));
            andel(rad, "andel_av_kunder", a.andelAvKunder()); //$NON-NLS-1$
            if (a.andelAvKunder().av() > 0 && a.andelAvKunder().osaker()) {
                osaker(rad, "andel_av_kunder"); //$NON-NLS-1$
            }
            undersokning(rad, a.undersokning());
            justering(rad, a.justering());
            anordnare.put(a.orgnr(), rad);
        }
        rot.put("anordnare", anordnare); //$NON-NLS-1$
        rot.put("tillsyn", rapport.tillsyn().stream().map(KvalitetsrapportJson::krav).toList()); //$NON-NLS-1$
        rot.put(JAMFORELSE, fallmix(rapport.fallmix()));
        for (Rapportsektion sektion : rapport.sektioner()) {
            if (RESERVERADE.contains(sektion.nyckel()) || rot.containsKey(sektion.nyckel())) {
                throw new KundvalException(NLS.bind(Messages.sektionsnyckelUpptagen, sektion.nyckel()));
            }
            rot.put(sektion.nyckel(), sektion.rader());
        }
        return rot;
    }

    private static Map<String, Object> rad(Resultatrad r) {
        Map<String, Object> rad = new LinkedHashMap<>();
        rad.put("kunder", r.kunder()); //$NON-NLS-1$
        rad.put("insatser", r.insatser()); //$NON-NLS-1$
        rad.put("startade", r.startade()); //$NON-NLS-1$
        rad.put("insatser_per_kund", r.insatserPerKund()); //$NON-NLS-1$
        rad.put("kvinnor", r.kvinnor().antal()); //$NON-NLS-1$
        rad.put("man", r.man().antal()); //$NON-NLS-1$
        andel(rad, "andel_kvinnor", r.kvinnor()); //$NON-NLS-1$
        andel(rad, "andel_man", r.man()); //$NON-NLS-1$
        rad.put("kon", r.kon().antal()); //$NON-NLS-1$
        rad.put("utbildningsniva", r.utbildningsniva().antal()); //$NON-NLS-1$
        rad.put("sprak", r.sprak().antal()); //$NON-NLS-1$
        rad.put("avslut", r.avslut()); //$NON-NLS-1$
        rad.put("avslutsorsaker", r.avslutsorsaker().antal()); //$NON-NLS-1$
        rad.put("andel_avslutsorsaker", andelar(r.avslutsorsaker())); //$NON-NLS-1$
        rad.put("lyckade", r.lyckade().antal()); //$NON-NLS-1$
        rad.put("obedomda", r.obedomda()); //$NON-NLS-1$
        rad.put("bonusgrundande", r.bonusgrundande()); //$NON-NLS-1$
        andel(rad, "andel_lyckade", r.lyckade()); //$NON-NLS-1$
        rad.put("maluppfyllelse", r.maluppfyllelse().antal()); //$NON-NLS-1$
        andel(rad, "andel_maluppfyllelse", r.maluppfyllelse()); //$NON-NLS-1$
        rad.put("snittdagar_lyckat", r.dagarTillLyckat().varde(1)); //$NON-NLS-1$
        rad.put("snittdagar_lyckat_n", r.dagarTillLyckat().n()); //$NON-NLS-1$
        List<String> osakra = new ArrayList<>();
        if (r.kunder() > 0 && Andel.osaker(r.kunder())) {
            osakra.addAll(List.of("insatser_per_kund", "andel_kvinnor", "andel_man")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (r.avslut() > 0 && Andel.osaker(r.avslut())) {
            osakra.addAll(List.of("andel_avslutsorsaker", "andel_lyckade", "andel_maluppfyllelse")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (r.dagarTillLyckat().n() > 0 && r.dagarTillLyckat().osaker()) {
            osakra.add("snittdagar_lyckat"); //$NON-NLS-1$
        }
        rad.put("osakra", osakra); //$NON-NLS-1$
        rad.put("effekt", effekt(r.effekt())); //$NON-NLS-1$
        return rad;
    }

    /** Per follow-up month: in egen försörjning, followed up, the share of those, and the lyckade not followed up. */
    private static Map<String, Object> effekt(Effekt effekt) {
        Map<String, Object> manader = new LinkedHashMap<>();
        effekt.perManad().forEach((manad, e) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("i_egen_forsorjning", e.iEgenForsorjning()); //$NON-NLS-1$
            m.put("uppfoljda", e.uppfoljda()); //$NON-NLS-1$
            m.put("andel", e.andel().varde()); //$NON-NLS-1$
            m.put("ej_uppfoljda", e.ejUppfoljda()); //$NON-NLS-1$
            manader.put(String.valueOf(manad), m);
        });
        return manader;
    }

    /** DOMAIN §13: null under 18 judged avslut and when the period has no model. */
    private static void justering(Map<String, Object> rad, JusteradKvot k) {
        rad.put("bedomda_avslut", k.bedomda()); //$NON-NLS-1$
        rad.put("forvantade_lyckade", k.visas() ? JusteradKvot.avrundat(k.forvantade(), 2) : null); //$NON-NLS-1$
        rad.put("justerad_kvot", JusteradKvot.avrundat(k.kvot(), 3)); //$NON-NLS-1$
        rad.put("justerad_kvot_lag", JusteradKvot.avrundat(k.lag(), 3)); //$NON-NLS-1$
        rad.put("justerad_kvot_hog", JusteradKvot.avrundat(k.hog(), 3)); //$NON-NLS-1$
        rad.put("justerad_kvot_tolkning", k.tolkning().name()); //$NON-NLS-1$
    }

    /** The model: whether the period could be fitted, on how many avslut, and its odds ratios. */
    private static Map<String, Object> fallmix(Fallmix f) {
        Map<String, Object> modell = new LinkedHashMap<>();
        modell.put("status", f.status().name()); //$NON-NLS-1$
        modell.put("bedomda_avslut", f.bedomda()); //$NON-NLS-1$
        modell.put("lyckade", f.lyckade()); //$NON-NLS-1$
        modell.put("parametrar", f.parametrar()); //$NON-NLS-1$
        modell.put("oddskvoter", f.oddskvoter().stream().map(o -> { //$NON-NLS-1$
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put("kovariat", o.kovariat()); //$NON-NLS-1$
            rad.put("niva", o.niva()); //$NON-NLS-1$
            rad.put("avslut", o.avslut()); //$NON-NLS-1$
            rad.put("referens", o.referens()); //$NON-NLS-1$
            rad.put("oddskvot", JusteradKvot.avrundat(o.oddskvot(), 3)); //$NON-NLS-1$
            rad.put("lag", JusteradKvot.avrundat(o.lag(), 3)); //$NON-NLS-1$
            rad.put("hog", JusteradKvot.avrundat(o.hog(), 3)); //$NON-NLS-1$
            return rad;
        }).toList());
        return modell;
    }

    private static void undersokning(Map<String, Object> rad, Kundundersokning u) {
        rad.put("nki", u.nki().varde()); //$NON-NLS-1$
        rad.put("nki_svarande", u.nki().svarande()); //$NON-NLS-1$
        Map<String, Object> omraden = new LinkedHashMap<>();
        u.omraden().forEach((omrade, nki) -> omraden.put(omrade.getLiteral(), nki.varde()));
        rad.put("nki_omraden", omraden); //$NON-NLS-1$
        rad.put("enkat_inbjudna", u.inbjudna()); //$NON-NLS-1$
        andel(rad, "svarsfrekvens", u.svarsfrekvens()); //$NON-NLS-1$
        if (u.inbjudna() > 0 && u.svarsfrekvens().osaker()) {
            osaker(rad, "svarsfrekvens"); //$NON-NLS-1$
        }
    }

    /** Adds a figure to the row's list of uncertain figures. */
    private static void osaker(Map<String, Object> rad, String namn) {
        @SuppressWarnings("unchecked")
        List<String> osakra = (List<String>) rad.computeIfAbsent("osakra", k -> new ArrayList<String>()); //$NON-NLS-1$
        osakra.add(namn);
    }

    private static void andel(Map<String, Object> rad, String namn, Andel andel) {
        rad.put(namn, andel.varde());
    }

    private static Map<String, Object> andelar(Fordelning fordelning) {
        Map<String, Object> andelar = new LinkedHashMap<>();
        fordelning.antal().keySet().forEach(k -> andelar.put(k, fordelning.andel(k).varde()));
        return andelar;
    }

    private static Map<String, Object> krav(Tillsynskrav krav) {
        Map<String, Object> rad = new LinkedHashMap<>();
        rad.put("del", krav.del()); //$NON-NLS-1$
        rad.put("krav", krav.krav()); //$NON-NLS-1$
        for (Uppfyllnadsgrad grad : Uppfyllnadsgrad.values()) {
            rad.put(grad.getLiteral(), krav.antal(grad));
        }
        rad.put("atgarder", krav.atgarder().stream().map(a -> { //$NON-NLS-1$
            Map<String, Object> atgard = new LinkedHashMap<>();
            atgard.put("orgnr", a.orgnr()); //$NON-NLS-1$
            atgard.put("ar", a.ar()); //$NON-NLS-1$
            atgard.put("uppfyllnadsgrad", a.uppfyllnadsgrad()); //$NON-NLS-1$
            atgard.put("atgard", a.atgard()); //$NON-NLS-1$
            atgard.put("deadline", a.deadline()); //$NON-NLS-1$
            return atgard;
        }).toList());
        return rad;
    }
}
