package se.kundval.persistence.internal.migrering;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scripts of one module: the product's own ({@code kundval}) or a plugin's with tables of its
 * own. Each module has a schema history of its own, so a plugin numbers its scripts from V001
 * without knowing the product's numbers, as it did with the earlier migrator.
 *
 * @param namn   the module's name, as in the earlier {@code schemaversion} table
 * @param skript the module's {@code V<nr>__<namn>.sql} scripts, in any order
 */
public record Migreringsmodul(String namn, List<URL> skript) {

    /** The name becomes part of a table name, so only what every database accepts unquoted. */
    private static final Pattern NAMN = Pattern.compile("[a-z][a-z0-9_]{0,40}"); //$NON-NLS-1$

    public Migreringsmodul {
        if (!NAMN.matcher(namn).matches()) {
            throw new IllegalArgumentException("module name must be lower-case letters, digits and _: " + namn); //$NON-NLS-1$
        }
        skript = List.copyOf(skript);
    }

    /** Flyway's schema history table of this module. */
    public String historiktabell() {
        return "flyway_historik_" + namn; //$NON-NLS-1$
    }
}
