package se.kundval.core.tjanst;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: an embedded H2 file (one user) or a shared PostgreSQL server.
 *
 * @param jdbcUrl   the JDBC URL
 * @param anvandare the database user
 * @param losenord  the database password; never logged or shown
 */
public record Databasanslutning(String jdbcUrl, String anvandare, String losenord) {

    public Databasanslutning {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl"); //$NON-NLS-1$
    }

    /** The embedded database in the file {@code fil} (H2 adds its own suffix {@code .mv.db}). */
    public static Databasanslutning inbaddad(Path fil) {
        String namn = fil.toAbsolutePath().toString();
        if (namn.endsWith(".mv.db")) { //$NON-NLS-1$
            namn = namn.substring(0, namn.length() - ".mv.db".length()); //$NON-NLS-1$
        }
        return new Databasanslutning("jdbc:h2:file:" + namn + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public boolean arInbaddad() {
        return jdbcUrl.startsWith("jdbc:h2:"); //$NON-NLS-1$
    }

    public boolean arPostgresql() {
        return jdbcUrl.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
    }

    /** The URL without credentials, safe to show. */
    @Override
    public String toString() {
        return jdbcUrl + (anvandare == null ? "" : " (" + anvandare + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
