package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.dataskydd.DatabasnyckelException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Tjanster;

/**
 * The embedded database's user and encryption (decision 0386): an encrypted file gives nothing
 * without its key, neither to H2 nor to a look at its bytes; a wrong or missing key is refused with a
 * message; a new file has no {@code sa}; a file of an earlier release with {@code sa} and no password
 * is taken over when it is opened.
 */
class KrypteradDatabasTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final String PERSONNUMMER = "198503120001";
    private static final char[] NYCKEL = "en lång nyckel med mellanslag".toCharArray();

    private static Databas databas;
    private static KundService kunder;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
        kunder = Tjanster.hamta(KundService.class);
    }

    @AfterEach
    void stang() {
        databas.stang();
    }

    @Test
    void enKrypteradFilGerIngentingUtanNyckeln() throws IOException {
        Path fil = Files.createTempDirectory("kundval-krypterad").resolve("db");
        Databasanslutning krypterad = Databasanslutning.krypterad(fil, NYCKEL);
        databas.anslut(krypterad);
        kunder.spara(ADMIN, Testdata.kund("K1", PERSONNUMMER));
        databas.stang();

        Path mvdb = Databasnyckel.databasfil(fil);
        assertTrue(Databasnyckel.arKrypterad(fil));
        String bytes = new String(Files.readAllBytes(mvdb), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(PERSONNUMMER), "the personnummer stands in the file's bytes");
        assertFalse(bytes.contains("KUNDVAL"), "the file's metadata is readable");

        assertThrows(SQLException.class, () -> Jdbc.tal(Databasanslutning.inbaddad(fil), "select count(*) from kund"));
        assertThrows(SQLException.class, () -> Jdbc.tal(new Databasanslutning(krypterad.jdbcUrl(), "SA", ""), "select count(*) from kund"));
        assertThrows(SQLException.class, () -> Jdbc.tal(Databasanslutning.krypterad(fil, "fel".toCharArray()), "select count(*) from kund"));

        DatabasnyckelException fel = assertThrows(DatabasnyckelException.class,
                () -> databas.anslut(Databasanslutning.krypterad(fil, "fel nyckel".toCharArray())));
        assertTrue(fel.felNyckel());
        assertTrue(fel.getMessage().startsWith("Fel nyckel för den krypterade databasen " + mvdb), fel.getMessage());
        assertFalse(databas.arAnsluten());

        DatabasnyckelException utan = assertThrows(DatabasnyckelException.class, () -> databas.anslut(Databasanslutning.inbaddad(fil)));
        assertFalse(utan.felNyckel());
        assertTrue(utan.getMessage().contains("är krypterad: ange nyckeln med --nyckelfil"), utan.getMessage());

        databas.anslut(Databasanslutning.krypterad(fil, NYCKEL));
        assertEquals(PERSONNUMMER, kunder.sok(ADMIN, Kundfraga.alla(0, 10)).kunder().get(0).getPersonnummer());
    }

    @Test
    void enOkrypteradFilHarProduktensAnvandareOchIngenSa() throws Exception {
        Databasanslutning a = Databasanslutning.inbaddad(Files.createTempDirectory("kundval-anvandare").resolve("db"));
        databas.anslut(a);
        databas.stang();
        assertEquals("KUNDVAL", Jdbc.text(a, "select user_name from information_schema.users"));
        assertEquals(1, Jdbc.tal(a, "select count(*) from information_schema.users"));
        assertThrows(SQLException.class, () -> Jdbc.tal(new Databasanslutning(a.jdbcUrl(), "SA", ""), "select 1"));
        assertThrows(DatabasnyckelException.class, () -> databas.anslut(Databasanslutning.krypterad(Path.of(
                a.jdbcUrl().substring("jdbc:h2:file:".length(), a.jdbcUrl().indexOf(';'))), NYCKEL)));
    }

    /** A file made before decision 0386: H2's sa without a password, data in it. */
    @Test
    void enTidigareFilMedSaUtanLosenordTasOver() throws Exception {
        Databasanslutning a = Databasanslutning.inbaddad(Files.createTempDirectory("kundval-tidigare").resolve("db"));
        Databasanslutning sa = new Databasanslutning(a.jdbcUrl(), "sa", "");
        databas.anslut(sa);
        kunder.spara(ADMIN, Testdata.kund("K1", PERSONNUMMER));
        databas.stang();

        databas.anslut(a);
        assertEquals(1, kunder.sok(ADMIN, Kundfraga.alla(0, 10)).kunder().size());
        databas.stang();
        assertThrows(SQLException.class, () -> Jdbc.tal(sa, "select 1"), "sa still opens with an empty password");
        assertEquals(1, Jdbc.tal(a, "select count(*) from kund"));
        databas.anslut(a);
        assertEquals(1, kunder.sok(ADMIN, Kundfraga.alla(0, 10)).kunder().size());
    }
}
