package se.kundval.core.bevakning;

import java.util.Map;

/**
 * The deadline limits in days (DOMAIN §8: all limits are settings), one set for the whole kundval
 * kept in the database ({@code BevakningsgransService}, decision 0253).
 */
public record Bevakningsgranser(Map<String, Integer> dagar) {

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
