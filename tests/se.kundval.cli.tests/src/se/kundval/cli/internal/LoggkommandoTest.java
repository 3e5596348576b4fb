package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/** {@code logg} of DOMAIN §12: the period's entries as CSV or JSON, filters, and its exit codes. */
class LoggkommandoTest extends Kommandoradstest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final String DAG = Testklocka.IDAG.toString();

    private static Path db;

    /** On the test day the administrator registers K-1 and K-2; kv1 opens K-1, then lists both in the evening. */
    @BeforeAll
    static void databas() throws IOException {
        Tjanster.starta("se.kundval.cli");
        db = Files.createTempDirectory("kundval-cli-logg").resolve("db");
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(db));
        try {
            KundService kunder = Tjanster.hamta(KundService.class);
            Kund k1 = kunder.spara(ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
            kunder.spara(ADMIN, Insatsbyggare.kund("K-2", "199001010009"));
            Inloggning kv1 = new Inloggning("kv1", "Karin", Roll.KARRIARVAGLEDARE, null);
            kunder.hamta(kv1.vid("Kundeditor"), k1.getId());
            try (var kvall = Testklocka.stall(Testklocka.NU.withHour(21))) {
                kunder.sok(kv1.vid("Kunder"), se.kundval.core.tjanst.Kundfraga.alla(0, 10));
            }
        } finally {
            databas.stang();
        }
    }

    private List<List<String>> rader() {
        return ut().lines().map(r -> Arrays.asList(r.split(";", -1))).toList();
    }

    @Test
    void periodensPosterSomCsvAldstaForst() {
        assertEquals(0, kor("logg", "--fran", DAG, "--till", DAG, "--db", db.toString()), fel());
        List<List<String>> rader = rader();
        assertEquals(Loggkommando.RUBRIK, rader.get(0));
        assertEquals(6, rader.size(), ut());
        List<String> oppnad = rader.get(3);
        assertEquals(DAG + "T10:00", oppnad.get(1));
        assertEquals(List.of("kv1", "KARRIARVAGLEDARE", "ARBETSBANK"), oppnad.subList(2, 5));
        assertEquals(List.of("K-1", "LASA", "Kundeditor", "false"), oppnad.subList(6, 10));
        assertEquals("false", oppnad.get(11));
        List<String> kvall = rader.get(5);
        assertEquals(List.of("K-2", "LASA", "Kunder"), kvall.subList(6, 9));
        assertEquals("true", kvall.get(11));
        assertEquals(List.of("", "", ""), kvall.subList(12, 15));
        assertEquals(List.of("ANDRA", "ANDRA"), List.of(rader.get(1).get(7), rader.get(2).get(7)));
    }

    @Test
    void filterPaAnvandareOchKund() {
        assertEquals(0, kor("logg", "--fran", DAG, "--till", DAG, "--anvandare", "kv1", "--kund", "K-1", "--db", db.toString()), fel());
        List<List<String>> rader = rader();
        assertEquals(3, rader.size(), ut());
        assertTrue(rader.subList(1, 3).stream().allMatch(r -> r.get(2).equals("kv1") && r.get(6).equals("K-1")));
        assertEquals(0, kor("logg", "--fran", "2026-11-19", "--till", "2026-12-31", "--db", db.toString()), fel());
        assertEquals(1, rader().size());
    }

    @Test
    void somJsonMedSammaNycklar() {
        assertEquals(0, kor("logg", "--fran", DAG, "--till", DAG, "--kund", "K-2", "--anvandare", "kv1", "--format", "JSON",
                "--db", db.toString()), fel());
        String json = ut().strip();
        assertTrue(json.startsWith("[") && json.endsWith("]") && json.contains("{\"id\":"), json);
        assertTrue(json.contains("\"anvandare\":\"kv1\",\"roll\":\"KARRIARVAGLEDARE\",\"klient\":\"ARBETSBANK\""), json);
        assertTrue(json.contains("\"kund\":\"K-2\",\"handling\":\"LASA\",\"plats\":\"Kunder\",\"skyddad\":false,"
                + "\"utanfor_ansvar\":true,\"utanfor_kontorstid\":true,\"granskad_av\":null"), json);
        assertEquals(1, json.split("\"id\":", -1).length - 1, json);
    }

    @Test
    void felaktigIndataGerEttOchIngenting() {
        assertEquals(1, kor("logg", "--fran", DAG, "--db", db.toString()));
        assertEquals("", ut());
        assertEquals(1, kor("logg", "--fran", "2026-11-31", "--till", DAG, "--db", db.toString()));
        assertEquals(1, kor("logg", "--fran", DAG, "--till", "2026-11-01", "--db", db.toString()));
        assertTrue(fel().contains("2026-11-01"), fel());
        assertEquals(1, kor("logg", "--fran", DAG, "--till", DAG, "--format", "xml", "--db", db.toString()));
        assertEquals("", ut());
    }

    @Test
    void databasSomInteNasGerTva() throws IOException {
        Path losenord = Files.createTempFile("pw", "");
        Files.writeString(losenord, "hemligt\n");
        assertEquals(2, kor("logg", "--fran", DAG, "--till", DAG, "--jdbc", "jdbc:postgresql://127.0.0.1:1/kundval", "--user",
                "kundval", "--password-file", losenord.toString()));
        assertEquals("", ut());
    }
}
