package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Schema migrations by Flyway (decision 0140) on H2 and PostgreSQL: a new database, a database the
 * earlier migrator made, and an applied script that was changed afterwards.
 */
class MigreringTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    private static Databas databas;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void nyDatabasFarVarjeSkriptEnGang(Testdatabas typ) throws Exception {
        Databasanslutning a = typ.ny();
        databas.anslut(a);
        assertTrue(databas.arTom());
        assertEquals(Jdbc.forvantadHistorik(typ, 0), Jdbc.historik(a, "kundval"));
        databas.anslut(a);
        assertEquals(Jdbc.forvantadHistorik(typ, 0), Jdbc.historik(a, "kundval"), "a second start runs nothing");
        databas.stang();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void databasFranTidigareMigreratornTasOverUtanAttNagotKorsOm(Testdatabas typ) throws Exception {
        Databasanslutning a = typ.ny();
        try (Connection c = Jdbc.oppna(a)) {
            TidigareMigrator.migrera(c, "kundval", Jdbc.skriptForeFlyway());
        }
        Jdbc.utfor(a, "insert into anordnare (id, version, orgnr, namn) values (1, 0, '5560360793', 'Före Flyway AB')");

        // V001 creates tables without "if not exists": had it run again, the connection would fail
        databas.anslut(a);
        assertEquals("Före Flyway AB", Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(ADMIN, "5560360793").orElseThrow().getNamn());
        List<String> efterBaslinjen = new ArrayList<>(List.of("2 BASELINE true"));
        efterBaslinjen.addAll(Jdbc.forvantadHistorik(typ, 2));
        assertEquals(efterBaslinjen, Jdbc.historik(a, "kundval"));
        assertEquals(2, Jdbc.tal(a, "select count(*) from schemaversion where modul = 'kundval'"), "the earlier history is left as it was");
        databas.anslut(a);
        assertEquals(efterBaslinjen, Jdbc.historik(a, "kundval"));
        databas.stang();
    }

    /**
     * A file the release before Flyway wrote: {@code kundval import} of ten kunder of the demo data
     * (with their insatser, månadsrapporter and samhällsorientering) by the product built from main
     * at 3e7f3fc, then gzipped.
     */
    @Test
    void h2FilFranReleasenForeFlywayBehallerAllData() throws Exception {
        Path fil = Files.createTempDirectory("kundval-test").resolve("gammal.mv.db");
        try (InputStream in = new GZIPInputStream(MigreringTest.class.getResourceAsStream("/testdata/kundval-fore-flyway.mv.db.gz"))) {
            Files.copy(in, fil);
        }
        Databasanslutning a = Databasanslutning.inbaddad(fil);
        // that release's user: H2's sa without a password, taken over when the file is opened (decision 0386)
        Databasanslutning sa = new Databasanslutning(a.jdbcUrl(), "sa", "");
        long forstaKund = Jdbc.tal(sa, "select min(id) from kund");
        String namn = Jdbc.text(sa, "select namn from kund where id = " + forstaKund);

        databas.anslut(a);
        assertThrows(SQLException.class, () -> Jdbc.tal(sa, "select 1"), "sa still opens with an empty password");
        assertFalse(databas.arTom());
        assertEquals(10, Jdbc.tal(a, "select count(*) from kund"));
        assertEquals(34, Jdbc.tal(a, "select count(*) from insats"));
        assertEquals(212, Jdbc.tal(a, "select count(*) from manadsrapport"));
        assertEquals(4, Jdbc.tal(a, "select count(*) from kursdeltagande"));
        List<String> efterBaslinjen = new ArrayList<>(List.of("2 BASELINE true"));
        efterBaslinjen.addAll(Jdbc.forvantadHistorik(Testdatabas.H2, 2));
        assertEquals(efterBaslinjen, Jdbc.historik(a, "kundval"));
        assertEquals(3, Jdbc.tal(a, "select count(*) from schemaversion"));

        KundService kunder = Tjanster.hamta(KundService.class);
        Kund kund = kunder.hamta(ADMIN, forstaKund);
        assertEquals(namn, kund.getNamn());
        Kund ny = Testdata.kund("K-EFTER", "198112189876");
        kunder.spara(ADMIN, ny);
        assertTrue(ny.getId() > forstaKund, "new ids continue the sequence the earlier release left");
        assertEquals(11, Jdbc.tal(a, "select count(*) from kund"));
        databas.stang();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void andratSkriptNamnsIEttTydligtFel(Testdatabas typ) throws Exception {
        Databasanslutning a = typ.ny();
        databas.anslut(a);
        databas.stang();
        // what an edited V001__grund.sql looks like to Flyway: the checksum it recorded no longer matches
        Jdbc.utfor(a, "update \"flyway_historik_kundval\" set \"checksum\" = \"checksum\" + 1 where \"installed_rank\" = 1");

        KundvalException fel = assertThrows(KundvalException.class, () -> databas.anslut(a));
        assertTrue(fel.getMessage().contains("kundval/V001__grund.sql"), fel.getMessage());
        assertTrue(fel.getMessage().contains("har ändrats"), fel.getMessage());
        assertFalse(fel.getMessage().contains("Exception"), fel.getMessage());
        assertFalse(databas.arAnsluten());
        assertEquals(Jdbc.forvantadHistorik(typ, 0), Jdbc.historik(a, "kundval"), "nothing ran");
    }
}
