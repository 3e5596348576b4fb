package se.kundval.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.Messages;

/**
 * Reads typed attributes of an extension element; a bad value names the plugin, element and
 * attribute so the plugin's author can fix it.
 */
final class Tillagg {

    private final IConfigurationElement element;

    Tillagg(IConfigurationElement element) {
        this.element = element;
    }

    String text(String attribut) {
        String varde = element.getAttribute(attribut);
        return varde == null || varde.isBlank() ? null : varde.trim();
    }

    String krav(String attribut) {
        String varde = text(attribut);
        if (varde == null) {
            throw fel(attribut, null);
        }
        return varde;
    }

    LocalDate datum(String attribut) {
        String varde = text(attribut);
        try {
            return varde == null ? null : LocalDate.parse(varde);
        } catch (DateTimeParseException e) {
            throw fel(attribut, varde);
        }
    }

    Integer heltal(String attribut) {
        String varde = text(attribut);
        try {
            return varde == null ? null : Integer.valueOf(varde);
        } catch (NumberFormatException e) {
            throw fel(attribut, varde);
        }
    }

    BigDecimal belopp(String attribut) {
        String varde = text(attribut);
        try {
            return varde == null ? null : new BigDecimal(varde);
        } catch (NumberFormatException e) {
            throw fel(attribut, varde);
        }
    }

    <E extends Enum<E>> E uppraknat(Class<E> typ, String attribut) {
        String varde = text(attribut);
        try {
            return varde == null ? null : Enum.valueOf(typ, varde);
        } catch (IllegalArgumentException e) {
            throw fel(attribut, varde);
        }
    }

    String bidragsgivare() {
        return element.getContributor().getName();
    }

    IllegalArgumentException fel(String attribut, String varde) {
        return new IllegalArgumentException(NLS.bind(Messages.felIRegistret,
                new Object[] {bidragsgivare(), element.getName(), attribut, varde == null ? "" : varde})); //$NON-NLS-1$
    }
}
