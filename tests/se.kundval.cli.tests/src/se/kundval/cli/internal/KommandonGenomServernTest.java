package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * Commands run on the real server ({@code --server}, DOMAIN §11), over H2 and PostgreSQL: the same
 * output as the embedded command on the same database; exit 3 with nothing done for a wrong password,
 * a role without the right and a server not yet trusted; exit 2 for a command whose files are on this
 * machine.
 */
class KommandonGenomServernTest extends Kommandoradstest {

    @TempDir
    Path mapp;

    static Stream<Testdatabas> databaser() {
        return Testdatabas.alla().stream();
    }

    private String[] server(Kundvalserverprov server, String anvandare, String losenord) throws Exception {
        Path fil = Files.writeString(mapp.resolve(anvandare + ".losen"), losenord + "\n");
        return new String[] {"--server", server.adress().toString(), "--user", anvandare, "--password-file", fil.toString(),
            "--fingerprint", server.fingeravtryck().toLowerCase(java.util.Locale.ROOT)};
    }

    private static String[] och(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** March 2025: a running AMI2 insats, whose monthly checkbelopp is a row of the underlag. */
    private static void marsData() {
        ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
        List<Insatstyp> typer = referens.insatstyper();
        Anordnare vagen = Tjanster.hamta(se.kundval.core.tjanst.AnordnareService.class).spara(Testfall.ADMIN,
                Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", typer));
        Kund kund = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-1", kund, vagen,
                referens.insatstyp("AMI2").orElseThrow(), LocalDate.of(2025, 2, 1), 12).bygg());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ersattningGenomServernGerSammaRaderSomInbaddat(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        String genomServern;
        Kundvalserverprov server = new Kundvalserverprov(db, mapp);
        try {
            marsData();
            assertEquals(0, kor(och(server(server, "hl1", Kundvalserverprov.LOSENORD), "ersattning", "--manad", "2025-03")), fel());
            genomServern = ut();
            assertEquals("", fel());
        } finally {
            server.close();
        }
        assertTrue(genomServern.lines().count() > 1, genomServern);
        String[] lokalt = db == Testdatabas.H2
                ? new String[] {"--db", server.databas.jdbcUrl().replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "")}
                : new String[] {"--jdbc", server.databas.jdbcUrl(), "--user", server.databas.anvandare(), "--password-file",
                    Files.writeString(mapp.resolve("pg"), server.databas.losenord()).toString()};
        assertEquals(0, kor(och(lokalt, "ersattning", "--manad", "2025-03")), fel());
        assertEquals(ut(), genomServern);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ingenBehorighetGerTreOchIngentingGors(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        try (Kundvalserverprov server = new Kundvalserverprov(db, mapp)) {
            Path katalog = mapp.resolve("export");
            assertEquals(3, kor(och(server(server, "anordnare1", Kundvalserverprov.LOSENORD), "export", katalog.toString())), fel());
            assertFalse(Files.exists(katalog), "nothing was written");
            assertEquals("", ut());

            assertEquals(3, kor(och(server(server, "hl1", "fel-losenord"), "ersattning", "--manad", "2025-03")));
            assertEquals("kundval: Fel användarnamn, lösenord eller engångskod, eller spärrat konto.\n", fel());

            assertEquals(3, kor(och(server(server, "kv1", Kundvalserverprov.LOSENORD), "ersattning", "--manad", "2025-03")));
            assertEquals("kundval: kv1 (KARRIARVAGLEDARE) får inte köra kundval ersattning på servern; det får ADMINISTRATOR, "
                    + "HANDLAGGARE. Ingenting gjordes.\n", fel());

            assertEquals(2, kor(och(server(server, "admin", Kundvalserverprov.LOSENORD), "export", katalog.toString())));
            assertTrue(fel().contains("UtbytesService.exportera läser eller skriver filer på den här datorn"), fel());
            assertFalse(Files.exists(katalog), "nothing was written");

            String[] utanAvtryck = List.of(server(server, "hl1", Kundvalserverprov.LOSENORD)).subList(0, 6).toArray(String[]::new);
            assertEquals(3, kor(och(utanAvtryck, "ersattning", "--manad", "2025-03")));
            assertTrue(fel().contains("lägg till --fingerprint " + server.fingeravtryck()), fel());
            assertEquals("", ut());
        }
    }
}
