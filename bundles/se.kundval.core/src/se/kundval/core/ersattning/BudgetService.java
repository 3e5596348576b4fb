package se.kundval.core.ersattning;

import java.nio.file.Path;
import java.util.List;

import se.kundval.core.Inloggning;

/**
 * Budget prognos (DOMAIN §7, §10 {@code budget --plan FILE}): planned full insatser × the type's
 * length × the price, plus expected bonuses. Requires {@link se.kundval.core.Rattighet#LASA_RAPPORTER}.
 */
public interface BudgetService {

    /**
     * Reads and prices a plan file (UTF-8, semicolon separated, optional header
     * {@code insatstyp;antal;ar[;bonusgrundande]}).
     *
     * @throws Planfel listing every bad line as {@code file:line: message}; nothing is priced then
     */
    Budgetprognos prognos(Inloggning vem, Path plan);

    /** Prices rows made elsewhere; errors are prefixed with each row's {@link Budgetrad#kalla()}. */
    Budgetprognos prognos(Inloggning vem, List<Budgetrad> plan);
}
