package se.kundval.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import se.kundval.core.tjanst.Databasanslutning;

/**
 * Plain JDBC beside the services, for tests that must look into the database or change it behind the
 * services' back (an H2 file opened again in the same process shares the open database).
 */
public final class Jdbcoppning {

    private Jdbcoppning() {
    }

    /** A connection in auto-commit; the caller closes it. */
    public static Connection oppna(Databasanslutning a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.anvandare() == null ? "" : a.anvandare());
        p.setProperty("password", a.losenord() == null ? "" : a.losenord());
        Connection c = a.arPostgresql() ? new org.postgresql.Driver().connect(a.jdbcUrl(), p)
                : new org.h2.Driver().connect(a.jdbcUrl(), p);
        c.setAutoCommit(true);
        return c;
    }
}
