package se.kundval.persistence.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hand-written migrator before Flyway did to a new database, step by step as it did it:
 * its {@code schemaversion} table, each script split into statements at a semicolon ending a
 * line, and one row per script. Makes a database "created by the earlier release" on PostgreSQL,
 * where no database file can be committed; on H2 the test also uses a file that release made.
 */
final class TidigareMigrator {

    private TidigareMigrator() {
    }

    static void migrera(Connection c, String modul, List<URL> skript) throws SQLException, IOException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("create table if not exists schemaversion (modul varchar(100) not null, version integer not null, "
                    + "beskrivning varchar(255), installerad timestamp not null, primary key (modul, version))");
        }
        for (URL url : skript) {
            String fil = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            int version = Integer.parseInt(fil.substring(1, fil.indexOf("__")));
            String beskrivning = fil.substring(fil.indexOf("__") + 2, fil.length() - ".sql".length()).replace('_', ' ');
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sats : satser(las(url))) {
                    st.execute(sats);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into schemaversion (modul, version, beskrivning, installerad) values (?, ?, ?, ?)")) {
                    ps.setString(1, modul);
                    ps.setInt(2, version);
                    ps.setString(3, beskrivning);
                    ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                    ps.executeUpdate();
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String las(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> satser(String skript) {
        List<String> satser = new ArrayList<>();
        StringBuilder aktuell = new StringBuilder();
        for (String rad : skript.split("\r?\n")) {
            String trimmad = rad.strip();
            if (trimmad.isEmpty() || trimmad.startsWith("--")) {
                continue;
            }
            aktuell.append(rad).append('\n');
            if (trimmad.endsWith(";")) {
                String sats = aktuell.toString().strip();
                satser.add(sats.substring(0, sats.length() - 1));
                aktuell.setLength(0);
            }
        }
        if (!aktuell.toString().isBlank()) {
            satser.add(aktuell.toString().strip());
        }
        return satser;
    }
}
