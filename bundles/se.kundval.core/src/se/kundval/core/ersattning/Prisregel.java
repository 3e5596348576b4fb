package se.kundval.core.ersattning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.kundval.model.Pris;

/**
 * History is not rewritten (DOMAIN §12, decision 0221): a new price row may not change what a month
 * before the current one was paid at. A month is paid at the price in force on its first day, so a
 * row from a day before the current month changes a past month exactly when some price of the type
 * is in force on that day and the row's amounts differ from it. The prislista, its approval and
 * the import of priser.csv all ask this one rule.
 */
public final class Prisregel {

    private Prisregel() {
    }

    /**
     * @param iKraft the prices in force (approved), as {@code ReferensdataService.priser()} gives them
     * @param idag   the municipality's day, from the clock
     */
    public static boolean andrarForfluten(List<Pris> iKraft, String insatstyp, LocalDate fran, BigDecimal checkbelopp,
            BigDecimal bonus, LocalDate idag) {
        if (!fran.isBefore(idag.withDayOfMonth(1))) {
            return false;
        }
        Optional<Pris> gallande = iKraft.stream()
                .filter(p -> insatstyp.equals(p.getInsatstyp().getKod()) && !p.getGiltigFran().isAfter(fran))
                .max(Comparator.comparing(Pris::getGiltigFran));
        return gallande.isPresent() && !(lika(gallande.get().getCheckbelopp(), checkbelopp) && lika(gallande.get().getBonus(), bonus));
    }

    /** Amounts compared by value: 3686 and 3686.00 are the same price. */
    public static boolean lika(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
