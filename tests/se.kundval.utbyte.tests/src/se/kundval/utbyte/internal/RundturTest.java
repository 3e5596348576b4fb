package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;
import static se.kundval.utbyte.internal.Testmapp.ORG1;
import static se.kundval.utbyte.internal.Testmapp.ORG2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.demo.Demodata;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Export, import into a new database and export again give the same bytes; on H2 and PostgreSQL.
 * Texts with semicolons, quotes, line breaks and what a spreadsheet would run as a formula come
 * back unchanged; the export guards the formulas with a {@code '}.
 */
class RundturTest {

    private static final String FORMEL = "=HYPERLINK(\"http://exempel.se\";\"klicka\")";
    private static final String FLERA_RADER = "Vägen Vidare\nArbetsmarknad AB";

    private static UtbytesService utbyte;
    private static Databas databas;
    private static ReferensdataService referensdata;
    private static Exportlager export;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
        export = Tjanster.hamta(Exportlager.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void exportImportExportGerSammaByte(Testdatabas typ) throws IOException {
        databas.anslut(typ.ny());
        Path genererad = Files.createTempDirectory("kundval-genererad");
        new Demodata(4711, 150, 400, LocalDate.of(2025, 6, 15)).skriv(genererad, referensdata.insatstyper(), referensdata.priser());
        utbyte.importera(ADMIN, genererad);
        Path forsta = Files.createTempDirectory("kundval-export1");
        utbyte.exportera(ADMIN, forsta);

        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, forsta);
        Path andra = Files.createTempDirectory("kundval-export2");
        utbyte.exportera(ADMIN, andra);

        assertEquals(filer(forsta), filer(andra));
        for (String fil : filer(forsta)) {
            assertArrayEquals(Files.readAllBytes(forsta.resolve(fil)), Files.readAllBytes(andra.resolve(fil)), fil);
        }
        // the generator writes these files in the export's order and form, so the import kept every value
        for (Karnfil fil : List.of(Karnfil.KUNDER, Karnfil.INSATSER, Karnfil.MANADSRAPPORTER, Karnfil.ANORDNARE)) {
            List<String> genererat = Files.readAllLines(genererad.resolve(fil.filnamn()));
            List<String> exporterat = Files.readAllLines(forsta.resolve(fil.filnamn()));
            assertEquals(genererat.stream().sorted().toList(), exporterat.stream().sorted().toList(), fil.filnamn());
        }
    }

    @Test
    void tomDatabasExporterasMedRubrikerIVarjeFil() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Path katalog = Files.createTempDirectory("kundval-tom");
        utbyte.exportera(ADMIN, katalog.resolve("ny"));
        for (Karnfil fil : List.of(Karnfil.ANORDNARE, Karnfil.KUNDER, Karnfil.INSATSER, Karnfil.ENKAT)) {
            assertEquals(List.of(String.join(";", fil.kolumner())), Files.readAllLines(katalog.resolve("ny").resolve(fil.filnamn())));
        }
        assertEquals(referensdata.priser().size() + 1, Files.readAllLines(katalog.resolve("ny/priser.csv")).size());
    }

    @Test
    void exportTillEnFilOchUtanRattighetAvvisas() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Path fil = Files.createTempFile("kundval", ".csv");
        UtbytesfelException e = assertThrows(UtbytesfelException.class, () -> utbyte.exportera(ADMIN, fil));
        assertEquals(List.of(fil + " är en fil; export behöver en katalog."), e.fel());
        Inloggning anordnare = new Inloggning("a1", "Anordnare", Roll.ANORDNARE, "5560360793");
        assertThrows(AtkomstNekadException.class, () -> utbyte.exportera(anordnare, Files.createTempDirectory("x")));
    }

    @Test
    void citatRadbrytningarOchFormlerGarTurOchRetur() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Testmapp kalla = Testmapp.giltig()
                .ersatt("anordnare.csv", 3, ORG2 + ";\"Lotsen; \"\"Nacka\"\" AB\"")
                .ersatt("kunder.csv", 2, "K1;198112189876;\"=HYPERLINK(\"\"http://exempel.se\"\";\"\"klicka\"\")\";K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1")
                .ersatt("kunder.csv", 3, "K2;198503721238;'Ahmed' Ali;M;GRUNDSKOLA_4_9;arabiska;N;J;J;OKLAR;Nacka;kv2")
                .ersatt("kunder.csv", 4, "K3;197806154568;-Kim Berg;A;;;;;;;@Värmdö;")
                .ersatt("anordnare.csv", 2, ORG1 + ";\"" + FLERA_RADER + "\"")
                .ersatt("kunder.csv", 5, "K4;199502287890;Eva Ek;;;;;;;;\"+Nacka; Saltsjöbaden\";");
        utbyte.importera(ADMIN, kalla.katalog());
        Map<String, String> lasta = texter();
        assertEquals("Lotsen; \"Nacka\" AB", lasta.get("anordnare " + ORG2));
        assertEquals(FORMEL, lasta.get("namn K1"));
        assertEquals("'Ahmed' Ali", lasta.get("namn K2"));
        assertEquals("-Kim Berg", lasta.get("namn K3"));
        assertEquals("@Värmdö", lasta.get("kommun K3"));
        assertEquals(FLERA_RADER, lasta.get("anordnare " + ORG1));
        assertEquals("+Nacka; Saltsjöbaden", lasta.get("kommun K4"));

        Path forsta = Files.createTempDirectory("kundval-export1");
        utbyte.exportera(ADMIN, forsta);
        String kunder = Files.readString(forsta.resolve("kunder.csv"));
        assertTrue(kunder.contains(";\"'=HYPERLINK(\"\"http://exempel.se\"\";\"\"klicka\"\")\";"), kunder);
        assertTrue(kunder.contains(";''Ahmed' Ali;"), kunder);
        assertTrue(kunder.contains(";'-Kim Berg;") && kunder.contains(";'@Värmdö;"), kunder);
        assertTrue(kunder.contains(";\"'+Nacka; Saltsjöbaden\";"), kunder);
        String anordnare = Files.readString(forsta.resolve("anordnare.csv"));
        assertTrue(anordnare.contains(ORG1 + ";\"" + FLERA_RADER + "\"\n"), anordnare);
        assertTrue(anordnare.contains(ORG2 + ";\"Lotsen; \"\"Nacka\"\" AB\"\n"), anordnare);

        databas.anslut(Testdatabas.H2.ny());
        utbyte.importera(ADMIN, forsta);
        assertEquals(lasta, texter());
        Path andra = Files.createTempDirectory("kundval-export2");
        utbyte.exportera(ADMIN, andra);
        for (String fil : List.of("anordnare.csv", "kunder.csv", "enkat.csv")) {
            assertArrayEquals(Files.readAllBytes(forsta.resolve(fil)), Files.readAllBytes(andra.resolve(fil)), fil);
        }
    }

    /** Every text of the test, keyed by where it is, as the database holds it. */
    private static Map<String, String> texter() {
        Exportinnehall i = Exportinnehall.av(export, ADMIN);
        Map<String, String> t = new TreeMap<>();
        for (Anordnare a : i.anordnare()) {
            t.put("anordnare " + a.getOrgnr(), a.getNamn());
        }
        for (Kund k : i.kunder()) {
            t.put("namn " + k.getKundId(), k.getNamn());
            t.put("kommun " + k.getKundId(), k.getKommun());
        }
        for (Enkatsvar e : i.enkatsvar()) {
            t.put("fraga " + e.getOmrade(), e.getFraga());
        }
        return t;
    }

    private static List<String> filer(Path katalog) throws IOException {
        try (Stream<Path> s = Files.list(katalog)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
