package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The 2024 report of the data set in every format: JSON parsed back, CSV lines, XLSX sheets, PDF text. */
class RapportformatTest {

    private static RapportService rapporter;
    private static Kvalitetsrapport rapport;

    @BeforeAll
    static void rapport() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024");
        rapporter = Tjanster.hamta(RapportService.class);
        Rapportdata.anslut(Testdatabas.H2);
        rapport = rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024));
    }

    private static byte[] skriv(Rapportformat format) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        rapporter.skriv(rapport, format, ut);
        return ut.toByteArray();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHarFormenIDomain10() throws IOException {
        Map<String, Object> json = (Map<String, Object>) JsonLasare.las(new String(skriv(Rapportformat.JSON), StandardCharsets.UTF_8));
        // the shape of DOMAIN §10, then the contributed sections (in the registry's order) and the compensation engine's
        List<String> nycklar = List.copyOf(json.keySet());
        assertEquals(List.of("period", "totalt", "insatstyper", "anordnare", "tillsyn", "justerad_jamforelse"), nycklar.subList(0, 6));
        assertEquals(Set.of("provsektion", "typsektion", "samhallsorientering"), Set.copyOf(nycklar.subList(6, 9)));
        assertEquals(List.of("ersattning", "budget"), nycklar.subList(9, nycklar.size()));
        Map<String, Object> period = (Map<String, Object>) json.get("period");
        assertEquals("2024-01-01", period.get("fran"));
        assertEquals("2024-12-31", period.get("till"));

        Map<String, Object> totalt = (Map<String, Object>) json.get("totalt");
        for (String nyckel : List.of("kunder", "insatser", "avslut", "lyckade", "andel_lyckade", "snittdagar_lyckat", "avslutsorsaker")) {
            assertTrue(totalt.containsKey(nyckel), nyckel);
        }
        assertEquals(new BigDecimal("5"), totalt.get("kunder"));
        assertEquals(new BigDecimal("8"), totalt.get("insatser"));
        assertEquals(new BigDecimal("5"), totalt.get("avslut"));
        assertEquals(new BigDecimal("2"), totalt.get("lyckade"));
        assertEquals(new BigDecimal("0.4000"), totalt.get("andel_lyckade"));
        assertEquals(new BigDecimal("128.5"), totalt.get("snittdagar_lyckat"));
        assertEquals(new BigDecimal("1"), ((Map<String, Object>) totalt.get("avslutsorsaker")).get("ARBETE"));
        assertEquals(List.of("snittdagar_lyckat"), totalt.get("osakra"));

        Map<String, Object> typer = (Map<String, Object>) json.get("insatstyper");
        Map<String, Object> ami1 = (Map<String, Object>) typer.get("AMI1");
        assertEquals(new BigDecimal("0.3333"), ami1.get("andel_lyckade"));
        assertTrue(((List<Object>) ami1.get("osakra")).contains("andel_lyckade"));
        Map<String, Object> fai1 = (Map<String, Object>) typer.get("FAI1");
        assertNull(fai1.get("andel_lyckade"), "no avslut: null");
        assertNull(fai1.get("snittdagar_lyckat"), "no lyckade: null");
        assertEquals(Map.of(), fai1.get("avslutsorsaker"));

        Map<String, Object> anordnare = (Map<String, Object>) json.get("anordnare");
        Map<String, Object> a1 = (Map<String, Object>) anordnare.get(Rapportdata.A1);
        assertEquals("Alfa Coach AB", a1.get("namn"));
        assertEquals(new BigDecimal("3.90"), a1.get("nki"));
        assertEquals(new BigDecimal("5"), a1.get("nki_svarande"));
        Map<String, Object> a2 = (Map<String, Object>) anordnare.get(Rapportdata.A2);
        assertTrue(a2.containsKey("nki"));
        assertNull(a2.get("nki"), "4 respondents: withheld");
        assertEquals(new BigDecimal("4"), a2.get("nki_svarande"));
        // DOMAIN §13: four judged avslut in the whole period are too few for the model, and A1 has fewer than 18
        assertEquals("FOR_FA_AVSLUT", ((Map<String, Object>) json.get("justerad_jamforelse")).get("status"));
        for (String falt : List.of("forvantade_lyckade", "justerad_kvot", "justerad_kvot_lag", "justerad_kvot_hog")) {
            assertTrue(a1.containsKey(falt), falt);
            assertNull(a1.get(falt), falt);
        }
        // A1's lyckade I1 and I7: I1 in egen försörjning at 6 months; its 12-month follow-up has no answer yet
        Map<String, Object> effekt = (Map<String, Object>) a1.get("effekt");
        assertEquals(Map.of("i_egen_forsorjning", new BigDecimal("1"), "uppfoljda", new BigDecimal("1"), "andel",
                new BigDecimal("1.0000"), "ej_uppfoljda", new BigDecimal("1")), effekt.get("6"));
        Map<String, Object> tolv = (Map<String, Object>) effekt.get("12");
        assertEquals(new BigDecimal("0"), tolv.get("uppfoljda"));
        assertNull(tolv.get("andel"));
        assertEquals(new BigDecimal("2"), tolv.get("ej_uppfoljda"));

        // the contributed section, computed from the aggregates: A1 had I1, I2, I5, I6, I7; A2 I3, I4, I9
        Map<String, Object> sektion = (Map<String, Object>) json.get("provsektion");
        assertEquals(Map.of("insatser", new BigDecimal("5")), sektion.get(Rapportdata.A1));
        assertEquals(Map.of("insatser", new BigDecimal("3")), sektion.get(Rapportdata.A2));
        // declared insatstyper="AMI2": only I2 and I7, both A1's
        assertEquals(Map.of(Rapportdata.A1, Map.of("insatser", new BigDecimal("2"))), json.get("typsektion"));
        // samhällsorientering's own section reads only its own type, of which the data set has none
        assertEquals(Map.of(), json.get("samhallsorientering"));
        // the budget prognos, 252 800 kr in all (worked out in ErsattningIRapportenTest)
        Map<String, Object> budget = (Map<String, Object>) json.get("budget");
        assertEquals(0, new BigDecimal("252800").compareTo((BigDecimal) ((Map<String, Object>) budget.get("TOTALT")).get("totalt")));
    }

    @Test
    void csvHarTabellernaMedSemikolon() throws IOException {
        List<String> rader = new String(skriv(Rapportformat.CSV), StandardCharsets.UTF_8).lines().toList();
        assertEquals("Kvalitetsrapport", rader.get(0));
        assertTrue(rader.contains("Volym per insatstyp"));
        // kunder 5, insatser 8 all started in 2024, 1,60 per kund, 2 kvinnor 40 %, 2 män 40 %, 3 auktoriserade, 2 aktiva
        assertTrue(rader.contains("Totalt;;5;8;8;1,60;2;40,0 %;2;40,0 %;3;2"), String.join("\n", rader));
        // avslut 5, lyckade 2, 1 ej bedömd, 40 %, 1 bonusgrundande, måluppfyllelse 3 = 60 %, 128,5 days on 2 lyckade: uncertain
        assertTrue(rader.contains("Totalt;;5;2;1;40,0 %;1;3;60,0 %;128,5 *"), String.join("\n", rader));
    }

    @Test
    void xlsxHarEttBladPerTabell() throws IOException {
        Map<String, String> delar = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(skriv(Rapportformat.XLSX)))) {
            for (ZipEntry post = zip.getNextEntry(); post != null; post = zip.getNextEntry()) {
                delar.put(post.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String bok = delar.get("xl/workbook.xml");
        assertTrue(bok.contains("name=\"Volym per insatstyp\""), bok);
        assertTrue(bok.contains("name=\"Kundundersökning (NKI)\""), bok);
        assertTrue(bok.contains("name=\"Provsektion provsektion\""), bok);
        assertTrue(delar.get("xl/sharedStrings.xml").contains("Alfa Coach AB"));
        // the funnel plot as a picture on its own sheet, the model's appendix as a table
        assertTrue(bok.contains("name=\"Trattdiagram"), bok);
        assertTrue(bok.contains("name=\"Bilaga"), bok);
        assertTrue(delar.keySet().stream().anyMatch(n -> n.startsWith("xl/media/") && n.endsWith(".png")), delar.keySet()::toString);
    }

    @Test
    void pdfInnehallerTabellerna() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(skriv(Rapportformat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            for (String vantat : List.of("Kvalitetsrapport", "Period 2024-01-01 – 2024-12-31", "Volym per insatstyp",
                    "Resultat per insatstyp", "Alfa Coach AB", "40,0 %", "128,5 *", "Kundundersökning (NKI)",
                    "3,90", "Tillsyn per krav", "Registrerad som bolag", "Planer saknas", "Provsektion",
                    "Justerad jämförelse per anordnare", "för få", "Trattdiagram", "Effekt: egen försörjning efter lyckat avslut",
                    "Bilaga: modellens oddskvoter", "För få bedömda avslut i perioden")) {
                assertTrue(text.contains(vantat), () -> "missing '" + vantat + "' in:\n" + text);
            }
        }
    }
}
