package se.kundval.core.rapport;

/**
 * Of a row's lyckade avslut, how many were in egen försörjning at one effektuppföljning (6, 12 or
 * 24 months after the avslut). Avslut not followed up are counted apart, not as failures.
 *
 * @param iEgenForsorjning  followed up and in egen försörjning
 * @param uppfoljda         followed up with an answer
 * @param lyckade           the row's lyckade avslut
 */
public record Effektandel(int iEgenForsorjning, int uppfoljda, int lyckade) {

    /** The share in egen försörjning of those followed up, with n = the followed up. */
    public Andel andel() {
        return new Andel(iEgenForsorjning, uppfoljda);
    }

    public int ejUppfoljda() {
        return lyckade - uppfoljda;
    }
}
