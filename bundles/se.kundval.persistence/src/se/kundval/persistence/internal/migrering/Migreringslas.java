package se.kundval.persistence.internal.migrering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One client at a time migrates a PostgreSQL database. Flyway's own advisory lock covers applying
 * scripts, but not the creation of a module's history table and its baseline: two clients starting
 * together against an empty database could both decide to baseline, and one then failed with
 * "Unable to baseline schema history table … as it already exists, and is empty". So each client
 * holds one session-level advisory lock around every module's migration. It is taken on a
 * connection of its own, outside the pool, since the pool may be no larger than what Flyway needs.
 */
public final class Migreringslas implements AutoCloseable {

    /** "kundval" in ASCII: the one advisory lock key the product uses for migrations. */
    private static final long NYCKEL = 0x6B756E6476616CL;

    private final Connection anslutning;

    private Migreringslas(Connection anslutning) {
        this.anslutning = anslutning;
    }

    /** Waits until no other client migrates the database, then holds the lock until {@link #close()}. */
    public static Migreringslas ta(DataSource kalla) throws SQLException {
        Connection anslutning = kalla.getConnection();
        try (PreparedStatement las = anslutning.prepareStatement("select pg_advisory_lock(?)")) { //$NON-NLS-1$
            las.setLong(1, NYCKEL);
            las.execute();
        } catch (SQLException e) {
            anslutning.close();
            throw e;
        }
        return new Migreringslas(anslutning);
    }

    /** A session-level lock ends with its session, so closing the connection releases it. */
    @Override
    public void close() throws SQLException {
        anslutning.close();
    }
}
