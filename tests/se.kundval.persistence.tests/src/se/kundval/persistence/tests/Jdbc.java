package se.kundval.persistence.tests;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.FrameworkUtil;

import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.persistence.internal.migrering.Migreringar;

/** Plain JDBC beside the services: to set a database up as an earlier release left it, and to look into it. */
final class Jdbc {

    private Jdbc() {
    }

    static Connection oppna(Databasanslutning a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.anvandare() == null ? "" : a.anvandare());
        p.setProperty("password", a.losenord() == null ? "" : a.losenord());
        Connection c = a.arPostgresql() ? new org.postgresql.Driver().connect(a.jdbcUrl(), p) : new org.h2.Driver().connect(a.jdbcUrl(), p);
        c.setAutoCommit(true);
        return c;
    }

    static long tal(Databasanslutning a, String sql) throws SQLException {
        try (Connection c = oppna(a); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Databasanslutning a, String sql) throws SQLException {
        try (Connection c = oppna(a); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void utfor(Databasanslutning a, String sql) throws SQLException {
        try (Connection c = oppna(a); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * Flyway's rows for a module's scripts and baseline as "version type success", in the order they
     * were written (without the marker row Flyway adds when it creates the table).
     */
    static List<String> historik(Databasanslutning a, String modul) throws SQLException {
        List<String> rader = new ArrayList<>();
        try (Connection c = oppna(a); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select \"version\", \"type\", \"success\" from \"flyway_historik_" + modul + "\" where \"type\" in ('SQL', 'BASELINE') order by \"installed_rank\"")) {
            while (rs.next()) {
                rader.add(Integer.parseInt(rs.getString(1)) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
        }
        return rader;
    }

    /** The product's scripts as the persistence bundle carries them, in version order. */
    static List<URL> produktensSkript() {
        List<URL> skript = Collections.list(FrameworkUtil.getBundle(Migreringar.class).findEntries("db/migrering", "V*.sql", false));
        skript.sort(Comparator.comparing(URL::getPath));
        return skript;
    }

    /** The scripts the earlier migrator had applied in the release before Flyway: V001 and V002. */
    static List<URL> skriptForeFlyway() {
        return produktensSkript().stream().filter(u -> version(u) <= 2).toList();
    }

    /**
     * The history a new database of this kind gets: every script of the product (on PostgreSQL also
     * those in db/migrering/postgresql) above {@code fran}, in version order, as {@link #historik} gives it.
     */
    static List<String> forvantadHistorik(Testdatabas typ, int fran) {
        List<URL> skript = new ArrayList<>(produktensSkript());
        String egna = typ == Testdatabas.POSTGRESQL ? "db/migrering/postgresql" : "db/migrering/h2";
        skript.addAll(Collections.list(FrameworkUtil.getBundle(Migreringar.class).findEntries(egna, "V*.sql", false)));
        return skript.stream().filter(u -> version(u) > fran).sorted(Comparator.comparingInt(Jdbc::version)).map(Jdbc::historikrad)
                .toList();
    }

    /** How Flyway's history records a script that ran: its version, its kind and success. */
    static String historikrad(URL skript) {
        return version(skript) + " SQL true";
    }

    static int version(URL skript) {
        String namn = skript.getPath().substring(skript.getPath().lastIndexOf('/') + 2);
        return Integer.parseInt(namn.substring(0, namn.indexOf("__")));
    }
}
