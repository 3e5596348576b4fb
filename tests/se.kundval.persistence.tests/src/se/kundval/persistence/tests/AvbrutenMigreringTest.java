package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.persistence.internal.migrering.Migreringar;
import se.kundval.persistence.internal.migrering.Migreringsmodul;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * A migration that stops in the middle of a script leaves an embedded database as it was (decision
 * 0470). H2 commits each DDL statement at once: before, the statements of the script that had run
 * stayed in the file without a line in the schema history, and every later start failed on them
 * ("already exists") — as after a start killed during the first migration of a new file. Here the
 * stop is a table in the way of V120's third statement, which the file's owner then removes.
 */
class AvbrutenMigreringTest {

    /** V120 creates dokument, its index and then dokumentinnehall: the first two run before the stop. */
    private static final int FORE_DOKUMENT = 110;

    private static Databas databas;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
    }

    @Test
    void enMigreringSomStannarMittIEttSkriptLamnarFilenSomForut() throws Exception {
        Databasanslutning a = Testdatabas.H2.ny();
        fore(a);
        Jdbc.utfor(a, "create table dokumentinnehall (hinder integer)");
        Databasavtryck forut = Databasavtryck.av(a);

        assertThrows(KundvalException.class, () -> databas.anslut(a));

        assertEquals(forut, Databasavtryck.av(a), "nothing of V120 stays in the file");
        assertEquals(0, Jdbc.tal(a, "select count(*) from information_schema.tables where table_name = 'DOKUMENT'"));
        assertFalse(Files.exists(kopia(a)), "the copy the scripts ran in is gone");

        Jdbc.utfor(a, "drop table dokumentinnehall");
        databas.anslut(a);
        assertEquals(Jdbc.forvantadHistorik(Testdatabas.H2, 0), Jdbc.historik(a, "kundval"), "every script once, after the stop too");
        assertTrue(databas.arTom());
        databas.stang();
        assertFalse(Files.exists(kopia(a)));
    }

    @Test
    void enStartUtanNyaSkriptRorInteFilen() throws Exception {
        Databasanslutning a = Testdatabas.H2.ny();
        databas.anslut(a);
        databas.stang();
        Path fil = fil(a);
        Object nyckel = Files.readAttributes(fil, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        databas.anslut(a);
        databas.stang();

        assertEquals(nyckel, Files.readAttributes(fil, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the same file, not a copy renamed over it");
        assertFalse(Files.exists(kopia(a)));
    }

    /** The file as the release before V120 left it: the product's scripts up to V110 run, as Flyway's module "kundval". */
    private static void fore(Databasanslutning a) throws SQLException {
        JdbcDataSource kalla = new JdbcDataSource();
        kalla.setURL(a.jdbcUrl());
        kalla.setUser(a.anvandare());
        kalla.setPassword(a.losenord());
        // the first connection creates the file; held open so that the file stays open while Flyway works
        try (Connection oppen = kalla.getConnection()) {
            new Migreringar(kalla, a.toString()).migrera(List.of(new Migreringsmodul("kundval",
                    Jdbc.produktensSkript().stream().filter(u -> Jdbc.version(u) <= FORE_DOKUMENT).toList())));
        }
    }

    private static Path fil(Databasanslutning a) {
        String url = a.jdbcUrl();
        return Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + Databasanslutning.SUFFIX);
    }

    private static Path kopia(Databasanslutning a) {
        String url = a.jdbcUrl();
        return Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".migrering" + Databasanslutning.SUFFIX);
    }
}
