package se.kundval.core.ersattning;

import java.time.YearMonth;

import se.kundval.core.Inloggning;

/**
 * The compensation engine (DOMAIN §5): the utbetalningsunderlag of a month, from the insatser
 * active in it, the prislista and the installed types' compensation models.
 */
public interface ErsattningService {

    /**
     * The lines of the month: checkbelopp for every insats active some day of it, and the lines
     * that depend on an avslut in it. Requires {@link se.kundval.core.Rattighet#KORA_ERSATTNING}.
     *
     * @throws se.kundval.core.KundvalException when a type has no installed plugin or no price for a month
     */
    Utbetalningsunderlag underlag(Inloggning vem, YearMonth manad);
}
