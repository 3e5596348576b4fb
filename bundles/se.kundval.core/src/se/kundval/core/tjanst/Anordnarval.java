package se.kundval.core.tjanst;

/**
 * An anordnare the kund can choose for a type, with what supports the choice: its share of
 * lyckade avslut in the type over the last year and, where known, its NKI.
 *
 * @param orgnr        the organisationsnummer
 * @param namn         the name
 * @param avslut       avslut in the type over the last year (the n behind the share)
 * @param lyckade      of those, judged lyckade
 * @param nki          the latest NKI, or null when unknown or suppressed (fewer than 5 respondents)
 */
public record Anordnarval(String orgnr, String namn, int avslut, int lyckade, Double nki) {

    /** Share of lyckade avslut (0–1), or null when there were none. */
    public Double andelLyckade() {
        return avslut == 0 ? null : (double) lyckade / avslut;
    }
}
