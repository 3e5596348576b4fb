package se.kundval.core.tjanst;

import java.util.Map;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakningsgranser;

/**
 * The caseload's deadline limits (DOMAIN §8), one set for the whole kundval, kept in the database so
 * that every desk shows the same deadlines (decision 0253). Everyone logged in reads them; only the
 * administratör changes them.
 */
public interface BevakningsgransService {

    /** The limits saved, by name in days; a limit never saved is absent and its source's default applies. */
    Bevakningsgranser granser(Inloggning vem);

    /**
     * Saves the given limits (others keep their value) and returns all of them. Refused without
     * {@code ADMINISTRERA_BEVAKNINGAR}, and for a negative number of days.
     */
    Bevakningsgranser spara(Inloggning vem, Map<String, Integer> dagar);
}
