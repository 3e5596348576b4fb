package se.kundval.core.ersattning;

import java.math.BigDecimal;

/**
 * The cost of one plan row: planned full insatser × the type's length × the price, plus the
 * expected bonuses.
 *
 * @param plan         the row
 * @param manader      months of checkbelopp (antal × length)
 * @param checkbelopp  the monthly price valid on the year's first day
 * @param checkkostnad manader × checkbelopp
 * @param bonus        the prislista's bonus valid on the year's first day (zero when none)
 * @param bonuskostnad expected bonusgrundande × bonus
 */
public record Budgetpost(Budgetrad plan, int manader, BigDecimal checkbelopp, BigDecimal checkkostnad, BigDecimal bonus,
        BigDecimal bonuskostnad) {

    public BigDecimal summa() {
        return checkkostnad.add(bonuskostnad);
    }
}
