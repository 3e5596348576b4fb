package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A letter opens in another PDF library on one page and reads top to bottom in the order given. */
class BrevSkrivareTest {

    @Test
    void brevetHarAvsandareDatumUppgifterStyckenOchUnderskrift() throws IOException {
        Brev brev = new Brev("Nacka kommun", LocalDate.of(2025, 2, 24), "Beslut om arbetsmarknadsinsats",
                List.of(new Brev.Uppgift("Kund", "Åsa Öberg (K12)"), new Brev.Uppgift("Insatstyp", "AMI1 – nivå 1")),
                List.of(new Brev.Stycke("Beslut", "Du beviljas insatsen."), new Brev.Stycke(null, "Rad ett\nRad två")),
                List.of("Hanna Handläggare", "Handläggare"));
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new BrevSkrivare().skriv(brev, ut);
        try (PDDocument pdf = Loader.loadPDF(ut.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals("Beslut om arbetsmarknadsinsats", pdf.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            // as the page reads, top to bottom: OpenPDF writes the tables' text after the paragraphs
            stripper.setSortByPosition(true);
            // spacing is the extractor's guess (it splits "Beslut" as "B eslut"): compare without it
            String text = stripper.getText(pdf).replaceAll("\\s+", "");
            List<String> iOrdning = List.of("Nacka kommun", "2025-02-24", "Beslut om arbetsmarknadsinsats", "Kund", "Åsa Öberg (K12)",
                    "AMI1 – nivå 1", "Du beviljas insatsen.", "Rad ett", "Rad två", "Hanna Handläggare");
            int fran = 0;
            for (String del : iOrdning) {
                int vid = text.indexOf(del.replaceAll("\\s+", ""), fran);
                assertTrue(vid >= 0, () -> "missing or out of order '" + del + "' in:\n" + text);
                fran = vid + 1;
            }
        }
    }
}
