package se.kundval.core.ersattning;

import java.math.BigDecimal;

/**
 * One row of a budget plan (DOMAIN §10: {@code insatstyp;antal;ar}, optionally
 * {@code ;bonusgrundande}).
 *
 * @param kalla          where the row comes from, e.g. {@code plan.csv:3}; prefixes its errors
 * @param insatstyp      the type's code
 * @param antal          planned full insatser
 * @param ar             the budget year
 * @param bonusgrundande expected bonusgrundande avslut counted in full bonuses (may be fractional,
 *                       an AMI2 avslut in month 7–10 counts one half), or null for none
 */
public record Budgetrad(String kalla, String insatstyp, int antal, int ar, BigDecimal bonusgrundande) {
}
