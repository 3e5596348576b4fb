package se.kundval.core.typ;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A price a plugin ships with its type, entered into an empty prislista when the type is first
 * registered; afterwards the administrator's prislista rules.
 */
public record Prisforslag(String insatstyp, LocalDate fran, BigDecimal checkbelopp, BigDecimal bonus) {
}
