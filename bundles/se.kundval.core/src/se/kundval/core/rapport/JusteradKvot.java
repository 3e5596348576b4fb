package se.kundval.core.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An anordnare's lyckade avslut against what its kunder would be expected to reach (DOMAIN §13):
 * observed O, expected E (the sum of the case-mix model's fitted probabilities over its judged
 * avslut), the ratio O/E and its 95 % interval {@code (O ± 1.96·sqrt(Σ p(1−p))) / E}. Shown only from
 * {@link #MINSTA_ANTAL} judged avslut, as Arbetsförmedlingen rates its providers.
 *
 * @param bedomda     judged avslut in the period
 * @param observerade of those, lyckade
 * @param forvantade  E, or null when the period has no model
 * @param varians     Σ p(1−p) over the judged avslut, or null when the period has no model
 */
public record JusteradKvot(int bedomda, int observerade, Double forvantade, Double varians) {

    /** The fewest judged avslut an anordnare needs to be rated. */
    public static final int MINSTA_ANTAL = 18;

    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.96;

    /** Nothing to compare: no judged avslut, or no model. */
    public static JusteradKvot utan(int bedomda, int observerade) {
        return new JusteradKvot(bedomda, observerade, null, null);
    }

    /** Enough judged avslut and a model with a positive expectation. */
    public boolean visas() {
        return bedomda >= MINSTA_ANTAL && forvantade != null && forvantade > 0;
    }

    /** O/E, or null when not shown. */
    public Double kvot() {
        return visas() ? observerade / forvantade : null;
    }

    public Double lag() {
        return visas() ? (observerade - Z95 * Math.sqrt(varians)) / forvantade : null;
    }

    public Double hog() {
        return visas() ? (observerade + Z95 * Math.sqrt(varians)) / forvantade : null;
    }

    /** "fler lyckade än väntat" and "färre" only when the interval excludes 1. */
    public Tolkning tolkning() {
        if (!visas()) {
            return Tolkning.FOR_FA;
        }
        if (lag() > 1) {
            return Tolkning.FLER_AN_VANTAT;
        }
        return hog() < 1 ? Tolkning.FARRE_AN_VANTAT : Tolkning.SOM_VANTAT;
    }

    /** A value rounded for reports, or null when there is none or it is not finite (an unbounded interval). */
    public static BigDecimal avrundat(Double varde, int decimaler) {
        return varde == null || !Double.isFinite(varde) ? null : BigDecimal.valueOf(varde).setScale(decimaler, RoundingMode.HALF_UP);
    }
}
