package se.kundval.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import se.kundval.core.tjanst.Databasanslutning;

/**
 * What a database holds, table by table: the number of rows and a SHA-256 of every row in id
 * order, read with plain JDBC beside the services. Two equal prints mean the same data, so a test
 * can say "exactly as before" after a process was killed half-way.
 *
 * @param tabeller table name → "rows:hash"
 */
public record Databasavtryck(SortedMap<String, String> tabeller) {

    public static Databasavtryck av(Databasanslutning a) {
        Properties p = new Properties();
        p.setProperty("user", a.anvandare() == null ? "" : a.anvandare());
        p.setProperty("password", a.losenord() == null ? "" : a.losenord());
        try (Connection c = a.arPostgresql() ? new org.postgresql.Driver().connect(a.jdbcUrl(), p)
                : new org.h2.Driver().connect(a.jdbcUrl(), p)) {
            SortedMap<String, String> tabeller = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet t = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    String namn = t.getString("TABLE_NAME");
                    tabeller.put(namn.toLowerCase(Locale.ROOT), tabell(c, namn));
                }
            }
            return new Databasavtryck(tabeller);
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + a + ": " + e.getMessage(), e);
        }
    }

    /** Rows of one table, or 0 when the table is missing (a database killed before its schema was made). */
    public long rader(String tabell) {
        String s = tabeller.get(tabell);
        return s == null ? 0 : Long.parseLong(s.substring(0, s.indexOf(':')));
    }

    private static String tabell(Connection c, String namn) throws SQLException {
        MessageDigest sha = sha256();
        long rader = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + namn + "\" order by 1")) {
            int kolumner = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rader++;
                for (int i = 1; i <= kolumner; i++) {
                    sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return rader + ":" + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
