package se.kundval.persistence.internal.migrering;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The history the earlier, hand-written migrator kept: {@code schemaversion (modul, version,
 * beskrivning, installerad)}, one row per applied script. A database created before Flyway is
 * taken over from it (decision 0140): the module's highest recorded version becomes Flyway's
 * baseline, so none of those scripts runs again. The table itself is left as it was.
 */
final class TidigareHistorik {

    static final String TABELL = "schemaversion"; //$NON-NLS-1$

    private TidigareHistorik() {
    }

    /** The highest version the earlier migrator recorded for the module, if it recorded any. */
    static OptionalInt hogstaVersion(Connection c, String modul) throws SQLException {
        if (!finns(c)) {
            return OptionalInt.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("select max(version) from " + TABELL + " where modul = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, modul);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int version = rs.getInt(1);
                return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(version);
            }
        }
    }

    /** In the connection's own schema only: a PostgreSQL server may hold other databases' schemas. */
    private static boolean finns(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        for (String namn : new String[] {TABELL, TABELL.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, namn, new String[] {"TABLE"})) { //$NON-NLS-1$
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
