package se.kundval.rapport.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.kundval.core.rapport.Fordelning;
import se.kundval.core.tjanst.Bakgrund;
import se.kundval.core.tjanst.Insatsfakta;

/**
 * The covariates of the case-mix model in DOMAIN §13 and the bands they are read in. Each is
 * categorical; a judged avslut gets one level of each, keyed by a stable code that the JSON, the
 * appendix and the labels share.
 */
final class Kovariater {

    static final String INSATSTYP = "insatstyp"; //$NON-NLS-1$
    static final String KON = "kon"; //$NON-NLS-1$
    static final String ALDER = "alder"; //$NON-NLS-1$
    static final String UTBILDNINGSNIVA = "utbildningsniva"; //$NON-NLS-1$
    static final String ARBETSFORMAGA = "arbetsformaga"; //$NON-NLS-1$
    static final String EKONOMISKT_BISTAND = "ekonomiskt_bistand"; //$NON-NLS-1$
    static final String ETABLERINGSPROGRAM = "etableringsprogram"; //$NON-NLS-1$
    static final String SPRAK = "sprak"; //$NON-NLS-1$

    /** In the order of DOMAIN §13; the index of a covariate in {@link #nivaer} is its place here. */
    static final List<String> ALLA = List.of(INSATSTYP, KON, ALDER, UTBILDNINGSNIVA, ARBETSFORMAGA, EKONOMISKT_BISTAND,
            ETABLERINGSPROGRAM, SPRAK);

    static final String JA = "JA"; //$NON-NLS-1$
    static final String NEJ = "NEJ"; //$NON-NLS-1$
    static final String SVENSKA = "SVENSKA"; //$NON-NLS-1$
    static final String ANNAT = "ANNAT"; //$NON-NLS-1$
    static final String UNDER_25_ELLER_OKLAR = "UNDER_25_ELLER_OKLAR"; //$NON-NLS-1$

    private static final Locale SV = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    private Kovariater() {
    }

    /** The order levels are listed in: bands in their natural order, other codes alphabetically. */
    static Comparator<String> ordning(int kovariat) {
        List<String> ordning = switch (ALLA.get(kovariat)) {
            case ALDER -> List.of("18-24", "25-34", "35-44", "45-54", "55+"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            case ARBETSFORMAGA -> List.of("100", "50-99", "25-49", UNDER_25_ELLER_OKLAR); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case SPRAK -> List.of(SVENSKA, ANNAT);
            case EKONOMISKT_BISTAND, ETABLERINGSPROGRAM -> List.of(NEJ, JA);
            default -> List.of();
        };
        return Comparator.comparingInt((String kod) -> ordning.contains(kod) ? ordning.indexOf(kod) : ordning.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** The levels of one judged avslut, in the order of {@link #ALLA}. */
    static String[] nivaer(Insatsfakta fakta) {
        Bakgrund b = fakta.bakgrund();
        return new String[] {fakta.insatstyp(), fakta.kon() == null ? Fordelning.EJ_ANGIVET : fakta.kon().getLiteral(),
                alder(b.alderVidStart()),
                fakta.utbildningsniva() == null ? Fordelning.EJ_ANGIVET : fakta.utbildningsniva().getLiteral(),
                arbetsformaga(b.arbetsformaga(), b.arbetsformagaOklar()), b.ekonomisktBistand() ? JA : NEJ,
                b.etableringsprogram() ? JA : NEJ, sprak(fakta.sprak())};
    }

    /** 18–24, 25–34, 35–44, 45–54, 55+; a kund is 18 or more, so a younger age (a registration slip) counts in the first. */
    static String alder(Integer ar) {
        if (ar == null) {
            return Fordelning.EJ_ANGIVET;
        }
        if (ar < 25) {
            return "18-24"; //$NON-NLS-1$
        }
        if (ar < 35) {
            return "25-34"; //$NON-NLS-1$
        }
        if (ar < 45) {
            return "35-44"; //$NON-NLS-1$
        }
        return ar < 55 ? "45-54" : "55+"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** 100 / 50–99 / 25–49 / under 25 or oklar; an unknown arbetsförmåga is as unclear as one marked oklar. */
    static String arbetsformaga(Integer procent, boolean oklar) {
        if (oklar || procent == null || procent < 25) {
            return UNDER_25_ELLER_OKLAR;
        }
        if (procent >= 100) {
            return "100"; //$NON-NLS-1$
        }
        return procent >= 50 ? "50-99" : "25-49"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Svenska, another language, or not given: the register holds free text. */
    static String sprak(String sprak) {
        if (sprak == null || sprak.isBlank()) {
            return Fordelning.EJ_ANGIVET;
        }
        return "svenska".equals(sprak.strip().toLowerCase(SV)) ? SVENSKA : ANNAT; //$NON-NLS-1$
    }
}
