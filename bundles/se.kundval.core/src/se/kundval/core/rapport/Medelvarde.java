package se.kundval.core.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A mean with the number of values it is computed from.
 *
 * @param summa the sum of the values
 * @param n     the number of values, the n of the figure
 */
public record Medelvarde(long summa, int n) {

    public static final Medelvarde INGET = new Medelvarde(0, 0);

    /** The mean rounded to the given number of decimals, or null when there are no values. */
    public BigDecimal varde(int decimaler) {
        return n == 0 ? null : BigDecimal.valueOf(summa).divide(BigDecimal.valueOf(n), decimaler, RoundingMode.HALF_UP);
    }

    public boolean osaker() {
        return Andel.osaker(n);
    }
}
