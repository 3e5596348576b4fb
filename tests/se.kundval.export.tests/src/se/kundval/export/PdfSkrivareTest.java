package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF opens in another PDF library and holds the tables' text. */
class PdfSkrivareTest {

    @Test
    void pdfInnehallerTabellernasText() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new PdfSkrivare().skriv(Provdokument.dokument(), ut);
        try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
            assertEquals("Provrapport åäö", pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            for (String vantat : new String[] {"Provrapport åäö", "Period 2024-01-01 – 2024-12-31", "Resultat per anordnare",
                    "Andel lyckade", "Vägen; Vidare \"AB\"", "1 234", "37,5 %", "201,3", "1 234 567,89", "2024-03-01",
                    "66,7 % *", "* = färre än fem personer", "Andel lyckade per insatstyp", "Avslutsorsaker", "Flyttat",
                    "sida 1"}) {
                assertTrue(text.contains(vantat), () -> "missing '" + vantat + "' in:\n" + text);
            }
        }
    }

    /**
     * A diagram begins a page: its heading stands with it, not alone at the foot of the page
     * before, and the table after it is not moved ahead of it.
     */
    @Test
    void diagrammetHarSinRubrikPaSinSidaOchIngetGarForeDet() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new PdfSkrivare().skriv(Provdokument.dokument(), ut);
        try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
            int diagrammet = sida(pdf, "Andel lyckade per insatstyp");
            assertEquals(2, diagrammet, "the diagram's heading begins page 2, after the first table");
            assertTrue(sida(pdf, "Avslutsorsaker") >= diagrammet, "the table after the diagram is not moved ahead of it");
        }
    }

    /** The first page whose text holds the given text. */
    private static int sida(PDDocument pdf, String text) throws IOException {
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(pdf).contains(text)) {
                return i;
            }
        }
        return 0;
    }

    @Test
    void langTabellUpprepasRubrikradPaVarjeSida() throws IOException {
        List<List<Object>> rader = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rader.add(Provdokument.rad("Rad " + i, i));
        }
        Tabell lang = new Tabell("Lång tabell", List.of(Kolumn.text("Namn"), Kolumn.heltal("Nummer")), rader, null);
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new PdfSkrivare().skriv(lang, ut);
        try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() > 1);
            PDFTextStripper sista = new PDFTextStripper();
            sista.setStartPage(pdf.getNumberOfPages());
            sista.setEndPage(pdf.getNumberOfPages());
            String text = sista.getText(pdf);
            assertTrue(text.contains("Namn") && text.contains("Rad 120"), text);
        }
    }

    /** A column is never narrower than its heading's longest word: no "Kunde r", no "Organisationsnum mer". */
    @Test
    void kolumnrubrikerDelasInteMittIEttOrd() throws IOException {
        List<Kolumn> kolumner = new ArrayList<>();
        kolumner.add(Kolumn.text("Anordnare"));
        kolumner.add(Kolumn.text("Organisationsnummer"));
        for (String rubrik : new String[] {"Kunder", "Avslut", "Lyckade", "Bonusgrundande", "Snittdagar", "Auktoriserade",
                "Sexmånadersuppföljningar", "Effektuppföljningar", "Kundnöjdhetsindex", "Tillsynsanmärkningar"}) {
            kolumner.add(Kolumn.heltal(rubrik));
        }
        List<List<Object>> rader = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Object> rad = new ArrayList<>(List.of("Anordnare " + i, "556677889" + i));
            for (int k = 2; k < kolumner.size(); k++) {
                rad.add(i * k);
            }
            rader.add(rad);
        }
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new PdfSkrivare().skriv(new Tabell("Bred tabell", kolumner, rader, null), ut);
        try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            for (Kolumn k : kolumner) {
                assertTrue(text.contains(k.rubrik()), () -> "'" + k.rubrik() + "' split in:\n" + text);
            }
        }
    }

    /** However long the table before it, a table's heading stands on the page of its first row. */
    @Test
    void rubrikenLamnasInteEnsamNederstPaSidan() throws IOException {
        for (int antal = 10; antal <= 40; antal++) {
            List<List<Object>> rader = new ArrayList<>();
            for (int i = 1; i <= antal; i++) {
                rader.add(Provdokument.rad("Rad " + i, i));
            }
            Tabell forsta = new Tabell("Första tabellen", List.of(Kolumn.text("Namn"), Kolumn.heltal("Nummer")), rader, null);
            Tabell andra = new Tabell("Andra tabellen", List.of(Kolumn.text("Namn"), Kolumn.heltal("Nummer")),
                    List.of(Provdokument.rad("Översta raden", 1)), null);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            new PdfSkrivare().skriv(new Dokument("Två tabeller", null, List.of(forsta, andra)), ut);
            try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
                assertEquals(sida(pdf, "Översta raden"), sida(pdf, "Andra tabellen"), antal + " rows before it");
            }
        }
    }
}
