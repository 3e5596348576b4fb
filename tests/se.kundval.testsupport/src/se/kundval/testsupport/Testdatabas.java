package se.kundval.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import se.kundval.core.tjanst.Databasanslutning;

/**
 * Fresh, empty databases for tests: a new H2 file, or a new schema in the PostgreSQL server that
 * {@code ./kundval test} starts (its URL in the system property {@code kundval.test.pg.url}).
 */
public enum Testdatabas {
    H2, POSTGRESQL;

    public static final String PG_URL = "kundval.test.pg.url";

    public static List<Testdatabas> alla() {
        return List.of(values());
    }

    /** A new, empty database; PostgreSQL tests are skipped when no server was given. */
    public Databasanslutning ny() {
        return switch (this) {
            case H2 -> Databasanslutning.inbaddad(tempfil());
            case POSTGRESQL -> nyttPgSchema();
        };
    }

    private static Path tempfil() {
        try {
            return Files.createTempDirectory("kundval-test").resolve("db");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Databasanslutning nyttPgSchema() {
        String url = System.getProperty(PG_URL, "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
                "no PostgreSQL server given (-D" + PG_URL + "); ./kundval test starts one");
        String user = System.getProperty("kundval.test.pg.user", "kundval");
        String password = System.getProperty("kundval.test.pg.password", "kundval");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement st = c.createStatement()) {
            st.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
        }
        String separator = url.contains("?") ? "&" : "?";
        return new Databasanslutning(url + separator + "currentSchema=" + schema, user, password);
    }
}
