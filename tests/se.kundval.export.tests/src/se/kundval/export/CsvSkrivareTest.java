package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV: semicolons, UTF-8, quoting, and a document's tables one after another under their titles. */
class CsvSkrivareTest {

    @Test
    void enTabellRubrikradOchRaderUtanTitel() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new CsvSkrivare().skriv(Provdokument.resultat(), ut);
        List<String> rader = ut.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "Anordnare;Kunder;Andel lyckade;Snittdagar;Utbetalt;Senast",
                "\"Vägen; Vidare \"\"AB\"\"\";1234;37,5 %;201,3;1234567,89;2024-03-01",
                "Liten Coach;3;66,7 % *;;0,00;"), rader);
    }

    @Test
    void dokumentMedTitlarOchTommaRaderMellanTabellerna() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new CsvSkrivare().skriv(Provdokument.dokument(), ut);
        List<String> rader = ut.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Provrapport åäö", rader.get(0));
        assertEquals("Period 2024-01-01 – 2024-12-31", rader.get(1));
        assertEquals("", rader.get(2));
        assertEquals("Resultat per anordnare", rader.get(3));
        assertEquals("* = färre än fem personer", rader.get(7));
        // the chart has no CSV form: the next table follows
        assertEquals(List.of("", "Avslutsorsaker", "Orsak;Antal", "Arbete;7", "Flyttat;2"), rader.subList(8, 13));
        assertEquals(13, rader.size());
    }
}
