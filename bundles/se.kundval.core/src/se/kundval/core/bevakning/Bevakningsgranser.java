package se.kundval.core.bevakning;

import java.util.Map;

/** The user's deadline limits in days (DOMAIN §8: all limits are preferences). */
public record Bevakningsgranser(Map<String, Integer> dagar) {

    /**
     * The preference node (instance scope) in which the workbench keeps the user's limits, one integer
     * per name: the settings dialog writes it, the caseload reads it.
     */
    public static final String PREFERENSNOD = "se.kundval.bevakning"; //$NON-NLS-1$

    public Bevakningsgranser {
        dagar = Map.copyOf(dagar);
    }

    public int dagar(String namn, int standard) {
        return dagar.getOrDefault(namn, standard);
    }

    public static Bevakningsgranser standard() {
        return new Bevakningsgranser(Map.of());
    }
}
