package se.kundval.persistence.internal.migrering;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.persistence.internal.Messages;

/**
 * Versioned schema migrations, the same scripts on H2 and PostgreSQL. Each module (the product,
 * then each plugin with tables of its own) has its scripts {@code V001__namn.sql}, … applied in
 * order, each in its own transaction and recorded in {@code schemaversion}. A failing script
 * rolls back and stops the connection with the script and statement named.
 */
public final class Migrator {

    private static final Pattern NAMN = Pattern.compile(".*/V(\\d+)__([^/]+)\\.sql"); //$NON-NLS-1$

    /** One script of one module. */
    public record Skript(String modul, int version, String beskrivning, URL url) {

        public static Skript av(String modul, URL url) {
            Matcher m = NAMN.matcher(url.getPath());
            if (!m.matches()) {
                throw new IllegalArgumentException("migration script name must be V<nr>__<name>.sql: " + url); //$NON-NLS-1$
            }
            return new Skript(modul, Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), url);
        }
    }

    private Migrator() {
    }

    /** Applies the scripts not yet recorded; returns how many were applied. */
    public static int migrera(Connection c, List<Skript> skript) throws SQLException {
        skapaVersionstabell(c);
        Set<String> gjorda = gjorda(c);
        int antal = 0;
        for (Skript s : skript) {
            if (gjorda.contains(s.modul() + '#' + s.version())) {
                continue;
            }
            kor(c, s);
            antal++;
        }
        return antal;
    }

    private static void skapaVersionstabell(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("create table if not exists schemaversion (modul varchar(100) not null, version integer not null, " //$NON-NLS-1$
                    + "beskrivning varchar(255), installerad timestamp not null, primary key (modul, version))"); //$NON-NLS-1$
        }
    }

    private static Set<String> gjorda(Connection c) throws SQLException {
        Set<String> gjorda = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select modul, version from schemaversion")) { //$NON-NLS-1$
            while (rs.next()) {
                gjorda.add(rs.getString(1) + '#' + rs.getInt(2));
            }
        }
        return gjorda;
    }

    private static void kor(Connection c, Skript s) throws SQLException {
        c.setAutoCommit(false);
        String aktuell = null;
        try (Statement st = c.createStatement()) {
            for (String sats : satser(las(s.url()))) {
                aktuell = sats;
                st.execute(sats);
            }
            // stamped by the database's clock: when its schema changed is a fact about the database, not a domain day
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into schemaversion (modul, version, beskrivning, installerad) values (?, ?, ?, current_timestamp)")) { //$NON-NLS-1$
                ps.setString(1, s.modul());
                ps.setInt(2, s.version());
                ps.setString(3, s.beskrivning());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | IOException e) {
            c.rollback();
            throw new KundvalException(NLS.bind(Messages.migreringMisslyckades,
                    new Object[] {s.modul(), s.url().getPath(), aktuell, e.getMessage()}), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String las(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Statements end with a semicolon at the end of a line; {@code --} starts a comment line. */
    static List<String> satser(String skript) {
        List<String> satser = new ArrayList<>();
        StringBuilder aktuell = new StringBuilder();
        for (String rad : skript.split("\r?\n")) { //$NON-NLS-1$
            String trimmad = rad.strip();
            if (trimmad.isEmpty() || trimmad.startsWith("--")) { //$NON-NLS-1$
                continue;
            }
            aktuell.append(rad).append('\n');
            if (trimmad.endsWith(";")) { //$NON-NLS-1$
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
