package se.kundval.portal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, shares and months written the Swedish way ({@code 3 800,00 kr}, {@code 37,5 %}, {@code mars 2026}). */
final class Svenska {

    private static final Locale SV = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final DateTimeFormatter MANAD = DateTimeFormatter.ofPattern("LLLL yyyy", SV); //$NON-NLS-1$

    private Svenska() {
    }

    /** Kronor with öre: the lines are rounded to öre (DOMAIN §5), so the page shows what is paid. */
    static String kronor(BigDecimal belopp) {
        NumberFormat f = NumberFormat.getNumberInstance(SV);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(belopp) + " kr"; //$NON-NLS-1$
    }

    /** A share 0–1 as a percentage with one decimal, or null for no share. */
    static String procent(BigDecimal andel) {
        if (andel == null) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(SV);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(andel.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %"; //$NON-NLS-1$
    }

    /** A ratio such as the justerad kvot, with two decimals. */
    static String kvot(double varde) {
        NumberFormat f = NumberFormat.getNumberInstance(SV);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(varde).setScale(2, RoundingMode.HALF_UP));
    }

    /** "mars 2026". */
    static String manad(YearMonth manad) {
        return MANAD.format(manad);
    }
}
