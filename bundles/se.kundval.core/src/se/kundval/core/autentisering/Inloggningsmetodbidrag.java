package se.kundval.core.autentisering;

import java.util.Objects;

/**
 * One contribution to the {@code autentisering} extension point.
 *
 * @param id            the method's id, e.g. {@code losenord-totp}
 * @param namn          its name as an administrator reads it
 * @param bidragsgivare the plugin that contributed it
 * @param metod         the method itself
 */
public record Inloggningsmetodbidrag(String id, String namn, String bidragsgivare, Inloggningsmetod metod) {

    public Inloggningsmetodbidrag {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(metod, "metod"); //$NON-NLS-1$
    }
}
