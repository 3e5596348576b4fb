package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.testsupport.Tjanster;

/**
 * {@code rapport kvalitet} on the demo database: the compensation engine's sections are in the report
 * the command line writes, also over the demo's whole span, where jobbpeng (phased out in 2024) must
 * stay out of the 2025 budget prognos.
 */
class KvalitetsrapportdelarTest extends Kommandoradstest {

    private static Path db;

    @BeforeAll
    static void demodatabas() throws IOException {
        Tjanster.starta("se.kundval.cli");
        db = Files.createTempDirectory("kundval-cli-rapportdelar").resolve("db");
        assertEquals(0, new KvalitetsrapportdelarTest().kor("demo", "--db", db.toString()));
    }

    @Test
    void ersattningOchBudgetIRapporten() {
        assertEquals(0, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--db", db.toString()),
                fel());
        String json = ut();
        assertTrue(json.contains("\n  \"ersattning\": {"), json);
        assertTrue(json.contains("\n  \"budget\": {"), json);
    }

    @Test
    void helaDemonsSpannTillPdf() throws IOException {
        Path pdf = Files.createTempDirectory("kundval-cli-rapportdelar").resolve("alla.pdf");
        assertEquals(0, kor("rapport", "kvalitet", "--fran", "2016-01-01", "--till", "2025-12-31", "--format", "pdf", "--out",
                pdf.toString(), "--db", db.toString()), fel());
        assertTrue(Files.size(pdf) > 0);
    }
}
