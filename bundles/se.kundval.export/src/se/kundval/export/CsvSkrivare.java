package se.kundval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.csv.Csvskrivare;

/**
 * Tables and documents as CSV, through the product's one CSV codec ({@link Csvskrivare}: UTF-8,
 * semicolon separated, quoted where needed, formulas guarded; docs/decisions/0130-csv.md). Numbers
 * are written as Swedish readers write them ({@link Svenskformat}).
 */
public final class CsvSkrivare {

    /** One table: the header row and the rows, nothing else. The stream is not closed. */
    public void skriv(Tabell tabell, OutputStream ut) throws IOException {
        Csvskrivare csv = new Csvskrivare(new OutputStreamWriter(ut, StandardCharsets.UTF_8));
        skrivTabell(tabell, csv);
        csv.flush();
    }

    /**
     * Every table of the document, each after a line with its title and separated by an empty line;
     * the first line is the document's title. Charts are left out (their figures are in the tables).
     */
    public void skriv(Dokument dokument, OutputStream ut) throws IOException {
        Csvskrivare csv = new Csvskrivare(new OutputStreamWriter(ut, StandardCharsets.UTF_8));
        csv.rad(dokument.titel());
        if (dokument.undertitel() != null) {
            csv.rad(dokument.undertitel());
        }
        for (Tabell tabell : dokument.tabeller()) {
            csv.tomRad();
            csv.rad(tabell.rubrik());
            skrivTabell(tabell, csv);
            if (tabell.fotnot() != null) {
                csv.rad(tabell.fotnot());
            }
        }
        csv.flush();
    }

    private static void skrivTabell(Tabell tabell, Csvskrivare csv) throws IOException {
        csv.rad(tabell.kolumner().stream().map(Kolumn::rubrik).toList());
        for (List<Object> rad : tabell.rader()) {
            List<String> falt = new ArrayList<>(rad.size());
            for (int i = 0; i < rad.size(); i++) {
                falt.add(Svenskformat.text(tabell.kolumner().get(i), rad.get(i), false));
            }
            csv.rad(falt);
        }
    }
}
