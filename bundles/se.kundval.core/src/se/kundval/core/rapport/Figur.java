package se.kundval.core.rapport;

import java.util.Objects;

/**
 * One figure of the kvalitetsrapport, named so that the insatser behind it can be listed
 * ({@link RapportService#insatserBakom}): the row it stands in and the measure it shows.
 *
 * @param rad      the row: all insatser, one insatstyp or one anordnare
 * @param nyckel   the type's code or the anordnare's orgnr; null for {@link Rad#TOTALT}
 * @param matt     what the figure counts
 * @param kategori for {@link Matt#AVSLUTSORSAK}, {@link Matt#KON}, {@link Matt#UTBILDNINGSNIVA} and
 *                 {@link Matt#SPRAK}: the category as the report's distributions key it (the model
 *                 literal, a språk in lower case, or {@link Fordelning#EJ_ANGIVET}); null otherwise
 */
public record Figur(Rad rad, String nyckel, Matt matt, String kategori) {

    /** The kinds of row of the report. */
    public enum Rad {
        TOTALT, INSATSTYP, ANORDNARE
    }

    /** What a figure counts, and so which of the row's insatser stand behind it. */
    public enum Matt {
        /** Every insats of the row: behind kunder, insatser, insatser per kund and andel av kunderna. */
        INSATSER,
        /** The avslut dated in the period. */
        AVSLUT,
        /** The lyckade avslut: behind andel lyckade and snittdagar till lyckat avslut. */
        LYCKADE,
        /** The avslut not yet judged. */
        OBEDOMDA,
        /** The avslut meeting the type's målsättning. */
        MALUPPFYLLELSE,
        /** The avslut with the category's avslutsorsak. */
        AVSLUTSORSAK,
        /** The insatser of kunder of the category's kön. */
        KON,
        /** The insatser of kunder of the category's utbildningsnivå. */
        UTBILDNINGSNIVA,
        /** The insatser of kunder of the category's språk. */
        SPRAK;

        /** True for the measures that need a category. */
        public boolean harKategori() {
            return this == AVSLUTSORSAK || this == KON || this == UTBILDNINGSNIVA || this == SPRAK;
        }
    }

    public Figur {
        Objects.requireNonNull(rad, "rad"); //$NON-NLS-1$
        Objects.requireNonNull(matt, "matt"); //$NON-NLS-1$
        if (rad != Rad.TOTALT) {
            Objects.requireNonNull(nyckel, "nyckel"); //$NON-NLS-1$
        }
        if (matt.harKategori()) {
            Objects.requireNonNull(kategori, "kategori"); //$NON-NLS-1$
        }
    }

    public static Figur totalt(Matt matt) {
        return new Figur(Rad.TOTALT, null, matt, null);
    }

    public static Figur insatstyp(String kod, Matt matt) {
        return new Figur(Rad.INSATSTYP, kod, matt, null);
    }

    public static Figur anordnare(String orgnr, Matt matt) {
        return new Figur(Rad.ANORDNARE, orgnr, matt, null);
    }
}
