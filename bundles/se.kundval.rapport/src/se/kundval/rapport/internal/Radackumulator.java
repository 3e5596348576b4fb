package se.kundval.rapport.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Effekt;
import se.kundval.core.rapport.Effektandel;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Medelvarde;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Kon;
import se.kundval.model.Utbildningsniva;

/**
 * Collects one row of the report in a single pass over the insatser: a kund's kön, utbildningsnivå
 * and språk are counted the first time the kund appears in the row, so each person counts once.
 * Codes are keyed by their model literal (GRUNDSKOLA_0_3), the form DOMAIN and the interchange files use.
 */
final class Radackumulator {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    private final LongMangd kunder = new LongMangd();
    private final Set<String> anordnare = new HashSet<>();
    private final Map<Kon, Integer> kon = new EnumMap<>(Kon.class);
    private final Map<Utbildningsniva, Integer> utbildning = new EnumMap<>(Utbildningsniva.class);
    private final Map<String, Integer> sprak = new HashMap<>();
    private final Map<Avslutsorsak, Integer> orsaker = new EnumMap<>(Avslutsorsak.class);
    private int insatser;
    private int startade;
    private int bonusgrundande;
    private int utanKon;
    private int utanOrsak;
    private int avslut;
    private int lyckade;
    private int obedomda;
    private int maluppfyllelse;
    private long dagarTillLyckat;
    private final int[] uppfoljda = new int[Effektuppfoljt.MANADER.size()];
    private final int[] iEgenForsorjning = new int[Effektuppfoljt.MANADER.size()];

    /** An insats of the row, active in the period or ended in it; {@code startad} when it began in the period. */
    void insats(Insatsfakta fakta, boolean startad) {
        insatser++;
        if (startad) {
            startade++;
        }
        anordnare.add(fakta.orgnr());
        if (kunder.add(fakta.kundId())) {
            if (fakta.kon() == null) {
                utanKon++;
            } else {
                kon.merge(fakta.kon(), 1, Integer::sum);
            }
            utbildning.merge(fakta.utbildningsniva() == null ? Utbildningsniva.EJ_ANGIVET : fakta.utbildningsniva(), 1, Integer::sum);
            sprak.merge(sprak(fakta.sprak()), 1, Integer::sum);
        }
    }

    /** An avslut dated in the period; {@code lyckat} is null while it is not judged. */
    void avslut(Insatsfakta fakta, Boolean lyckat) {
        avslut++;
        if (fakta.avslutsorsak() == null) {
            utanOrsak++;
        } else {
            orsaker.merge(fakta.avslutsorsak(), 1, Integer::sum);
        }
        if (Boolean.TRUE.equals(fakta.bonusgrundande())) {
            bonusgrundande++;
        }
        if (lyckat == null) {
            obedomda++;
        } else if (lyckat) {
            lyckade++;
            dagarTillLyckat += fakta.period().dagarTillAvslut();
            effekt(fakta.effekt());
        }
    }

    /** A lyckat avslut's effektuppföljningar; one without an answer is not followed up, not a failure. */
    private void effekt(Effektuppfoljt effekt) {
        for (int i = 0; i < uppfoljda.length; i++) {
            Boolean svar = effekt.efter(Effektuppfoljt.MANADER.get(i));
            if (svar != null) {
                uppfoljda[i]++;
                if (svar) {
                    iEgenForsorjning[i]++;
                }
            }
        }
    }

    /** An avslut of the row that meets its type's målsättning. */
    void maluppfyllelse() {
        maluppfyllelse++;
    }

    /** The anordnare that had kunder in the row. */
    int aktivaAnordnare() {
        return anordnare.size();
    }

    int kunder() {
        return kunder.size();
    }

    Resultatrad resultat() {
        int antalKunder = kunder.size();
        Map<String, Integer> konTal = new LinkedHashMap<>();
        kon.forEach((k, n) -> konTal.put(k.getLiteral(), n));
        if (utanKon > 0) {
            konTal.put(Fordelning.EJ_ANGIVET, utanKon);
        }
        Map<String, Integer> utbildningTal = new LinkedHashMap<>();
        utbildning.forEach((u, n) -> utbildningTal.put(u.getLiteral(), n));
        Map<String, Integer> sprakTal = new LinkedHashMap<>();
        sprak.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sprakTal.put(e.getKey(), e.getValue()));
        Map<String, Integer> orsakTal = new LinkedHashMap<>();
        orsaker.forEach((o, n) -> orsakTal.put(o.getLiteral(), n));
        if (utanOrsak > 0) {
            orsakTal.put(Fordelning.EJ_ANGIVET, utanOrsak);
        }
        return new Resultatrad(antalKunder, insatser, startade, new Fordelning(konTal, antalKunder),
                new Fordelning(utbildningTal, antalKunder), new Fordelning(sprakTal, antalKunder), avslut,
                new Fordelning(orsakTal, avslut), new Andel(lyckade, avslut), obedomda, bonusgrundande,
                new Andel(maluppfyllelse, avslut), new Medelvarde(dagarTillLyckat, lyckade), effekt());
    }

    private Effekt effekt() {
        Map<Integer, Effektandel> perManad = new LinkedHashMap<>();
        for (int i = 0; i < uppfoljda.length; i++) {
            perManad.put(Effektuppfoljt.MANADER.get(i), new Effektandel(iEgenForsorjning[i], uppfoljda[i], lyckade));
        }
        return new Effekt(perManad);
    }

    /** Languages as registered vary in case and spacing; a missing one is its own category. */
    static String sprak(String sprak) {
        return sprak == null || sprak.isBlank() ? Fordelning.EJ_ANGIVET : sprak.strip().toLowerCase(SVENSKA);
    }
}
