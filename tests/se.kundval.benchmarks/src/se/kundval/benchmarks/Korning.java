package se.kundval.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Testdatabas;

/**
 * How large a benchmark run is and where it writes, from system properties, so that one benchmark can
 * be run at the standard size and at a million insatser without a code change:
 * {@code kundval.benchmark.varv} (timed rounds, 3 unless given), {@code kundval.benchmark.databaser}
 * (H2, POSTGRESQL or both, comma separated; PostgreSQL only when a server is given). A run at another
 * size than the standard one, or on one database only, writes its own results file beside the
 * standard one ({@code rapport-1000000.md}, {@code rapport-1000000-h2.md}), so a large run that must
 * be split to stay within its time bound does not overwrite the standard figures.
 */
final class Korning {

    private Korning() {
    }

    static int varv() {
        return Integer.getInteger("kundval.benchmark.varv", 3);
    }

    private static String valda() {
        return System.getProperty("kundval.benchmark.databaser", "H2,POSTGRESQL").toUpperCase(Locale.ROOT);
    }

    static List<Testdatabas> databaser() {
        String valda = valda();
        List<Testdatabas> databaser = new ArrayList<>();
        if (valda.contains("H2")) {
            databaser.add(Testdatabas.H2);
        }
        if (valda.contains("POSTGRESQL") && System.getProperty(Testdatabas.PG_URL, "").startsWith("jdbc:postgresql:")) {
            databaser.add(Testdatabas.POSTGRESQL);
        }
        return databaser;
    }

    /** docs/benchmarks/NAMN.md at the standard size on both databases, otherwise named by size and database. */
    static Path resultatfil(String namn, int antal, int standard, List<String> databasnamn) {
        StringBuilder fil = new StringBuilder(namn);
        if (antal != standard) {
            fil.append('-').append(antal);
        }
        if (databasnamn.size() == 1 && !(valda().contains("H2") && valda().contains("POSTGRESQL"))) {
            fil.append('-').append(databasnamn.get(0).toLowerCase(Locale.ROOT));
        }
        return Path.of(System.getProperty("kundval.benchmarks.resultat", "docs/benchmarks"), fil + ".md");
    }

    /** A plain JDBC connection beside the services, for a generator's batches or the hand-written SQL. */
    static Connection jdbc(Databasanslutning a) throws SQLException {
        Properties egenskaper = new Properties();
        egenskaper.setProperty("user", a.anvandare());
        egenskaper.setProperty("password", a.losenord());
        Driver drivrutin = a.arPostgresql() ? new org.postgresql.Driver() : new org.h2.Driver();
        return drivrutin.connect(a.jdbcUrl(), egenskaper);
    }
}
