package se.kundval.core.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share with the counts it is computed from: {@code antal} of {@code av}. The report shows every
 * figure with its n, and a figure on fewer than {@link #OSAKER_UNDER} persons is marked uncertain.
 *
 * @param antal the numerator
 * @param av    the denominator, the n of the figure
 */
public record Andel(int antal, int av) {

    /** A figure computed on fewer persons than this is uncertain (DOMAIN §7). */
    public static final int OSAKER_UNDER = 5;

    /** Shares are given as 0–1 with four decimals (37,5 % is 0.3750). */
    public static final int DECIMALER = 4;

    public Andel {
        if (antal < 0 || av < 0) {
            throw new IllegalArgumentException("negative count " + antal + "/" + av); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The share 0–1, or null when there is nothing to divide by. */
    public BigDecimal varde() {
        return av == 0 ? null : BigDecimal.valueOf(antal).divide(BigDecimal.valueOf(av), DECIMALER, RoundingMode.HALF_UP);
    }

    public boolean osaker() {
        return osaker(av);
    }

    /** True when a figure on n persons is uncertain. */
    public static boolean osaker(int n) {
        return n < OSAKER_UNDER;
    }
}
