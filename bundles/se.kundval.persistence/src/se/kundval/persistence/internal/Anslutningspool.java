package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The connection pool of a connected database (decision 0141): HikariCP over the driver's own
 * DataSource, so neither Hikari nor Hibernate has to find a driver class by name across bundles.
 * Flyway and Hibernate both take their connections from it.
 */
final class Anslutningspool {

    /** Framework or system property: the most connections the pool opens. */
    static final String STORLEK = "kundval.db.anslutningar"; //$NON-NLS-1$

    /**
     * One person's workbench or one command: a few service calls at a time (one on the UI's behalf,
     * a background job or two), and every H2 connection shares one file lock anyway.
     */
    static final int INBADDAD = 4;

    /** The server or a direct PostgreSQL client: several callers at once, well inside PostgreSQL's 100 connections. */
    static final int DELAD = 10;

    /**
     * A read in one snapshot (the export, decision 0481) holds a connection while the access log is
     * written through another: with one connection the second waits for the first for ever.
     */
    private static final int MIN = 2;
    private static final int MAX = 100;

    private Anslutningspool() {
    }

    /**
     * @param installning the value of {@link #STORLEK}, or null for the default of the kind of
     *                    database
     */
    static HikariDataSource oppna(Databasanslutning a, String installning) {
        int storlek = storlek(a, installning);
        HikariConfig k = new HikariConfig();
        k.setPoolName("kundval"); //$NON-NLS-1$
        k.setDataSource(drivrutinensKalla(a));
        k.setMaximumPoolSize(storlek);
        // a command line run needs one or two; the pool grows to the maximum only under load
        k.setMinimumIdle(Math.min(2, storlek));
        try {
            return new HikariDataSource(k);
        } catch (RuntimeException e) {
            Throwable orsak = e.getCause() == null ? e : e.getCause();
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, a, orsak.getMessage()), e);
        }
    }

    /** One connection outside any pool, to tell a person at once whether the database answers. */
    static void prova(Databasanslutning a) {
        try (Connection c = drivrutinensKalla(a).getConnection()) {
            if (!c.isValid(10)) {
                throw new SQLException(Messages.svararInte);
            }
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, a, e.getMessage()), e);
        }
    }

    static int storlek(Databasanslutning a, String installning) {
        if (installning == null || installning.isBlank()) {
            return a.arPostgresql() ? DELAD : INBADDAD;
        }
        try {
            int storlek = Integer.parseInt(installning.strip());
            if (storlek >= MIN && storlek <= MAX) {
                return storlek;
            }
        } catch (NumberFormatException e) {
            // reported below with the value the person wrote
        }
        throw new KundvalException(NLS.bind(Messages.felaktigPoolstorlek, STORLEK, installning));
    }

    /** The driver's own data source: connections outside the pool, for a test of the connection or a lock. */
    static DataSource drivrutinensKalla(Databasanslutning a) {
        String anvandare = a.anvandare() == null ? "" : a.anvandare(); //$NON-NLS-1$
        String losenord = a.losenord() == null ? "" : a.losenord(); //$NON-NLS-1$
        if (a.arPostgresql()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(a.jdbcUrl());
            pg.setUser(anvandare);
            // none given: the driver reads PostgreSQL's own password file (~/.pgpass), decision 0315
            pg.setPassword(a.losenord());
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(a.jdbcUrl());
        h2.setUser(anvandare);
        h2.setPassword(losenord);
        return h2;
    }
}
