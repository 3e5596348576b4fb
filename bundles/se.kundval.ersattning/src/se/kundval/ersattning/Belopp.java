package se.kundval.ersattning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of DOMAIN §5: kronor as BigDecimal, every line rounded half up to öre, and the
 * checkbelopp of a calendar month as {@code price × activeDays / daysInMonth}.
 */
final class Belopp {

    static final BigDecimal NOLL = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HALV = new BigDecimal("0.5"); //$NON-NLS-1$

    private Belopp() {
    }

    /** Rounded half up to öre. */
    static BigDecimal ore(BigDecimal belopp) {
        return belopp.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The checkbelopp of month {@code manad} for the days of [fran, till] in it, at the monthly
     * price; zero when they share no day. The division is the only inexact step and rounds to öre.
     */
    static BigDecimal forManad(BigDecimal pris, YearMonth manad, LocalDate fran, LocalDate till) {
        long dagar = dagarI(manad, fran, till);
        if (dagar == 0) {
            return NOLL;
        }
        return pris.multiply(BigDecimal.valueOf(dagar)).divide(BigDecimal.valueOf(manad.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }

    /** The number of days of [fran, till] that fall in the month. */
    static long dagarI(YearMonth manad, LocalDate fran, LocalDate till) {
        LocalDate forsta = fran.isAfter(manad.atDay(1)) ? fran : manad.atDay(1);
        LocalDate sista = till.isBefore(manad.atEndOfMonth()) ? till : manad.atEndOfMonth();
        return sista.isBefore(forsta) ? 0 : ChronoUnit.DAYS.between(forsta, sista) + 1;
    }
}
