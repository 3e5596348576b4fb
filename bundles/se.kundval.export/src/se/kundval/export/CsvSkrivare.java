package se.kundval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as the interchange files are written (DOMAIN §9): UTF-8, semicolon separated, a header row.
 * Values holding a semicolon, quote or line break are quoted with doubled quotes.
 */
public final class CsvSkrivare {

    private static final char AVSKILJARE = ';';
    private static final char RADSLUT = '\n';

    /** One table: the header row and the rows, nothing else. The stream is not closed. */
    public void skriv(Tabell tabell, OutputStream ut) throws IOException {
        Writer w = new OutputStreamWriter(ut, StandardCharsets.UTF_8);
        skrivTabell(tabell, w);
        w.flush();
    }

    /**
     * Every table of the document, each after a line with its title and separated by an empty line;
     * the first line is the document's title. Charts are left out (their figures are in the tables).
     */
    public void skriv(Dokument dokument, OutputStream ut) throws IOException {
        Writer w = new OutputStreamWriter(ut, StandardCharsets.UTF_8);
        rad(w, List.of(dokument.titel()));
        if (dokument.undertitel() != null) {
            rad(w, List.of(dokument.undertitel()));
        }
        for (Tabell tabell : dokument.tabeller()) {
            w.write(RADSLUT);
            rad(w, List.of(tabell.rubrik()));
            skrivTabell(tabell, w);
            if (tabell.fotnot() != null) {
                rad(w, List.of(tabell.fotnot()));
            }
        }
        w.flush();
    }

    private static void skrivTabell(Tabell tabell, Writer w) throws IOException {
        rad(w, tabell.kolumner().stream().map(Kolumn::rubrik).toList());
        for (List<Object> rad : tabell.rader()) {
            List<String> falt = new ArrayList<>(rad.size());
            for (int i = 0; i < rad.size(); i++) {
                falt.add(Svenskformat.text(tabell.kolumner().get(i), rad.get(i), false));
            }
            rad(w, falt);
        }
    }

    private static void rad(Writer w, List<String> falt) throws IOException {
        for (int i = 0; i < falt.size(); i++) {
            if (i > 0) {
                w.write(AVSKILJARE);
            }
            w.write(citera(falt.get(i)));
        }
        w.write(RADSLUT);
    }

    static String citera(String varde) {
        if (varde.indexOf(AVSKILJARE) < 0 && varde.indexOf('"') < 0 && varde.indexOf('\n') < 0 && varde.indexOf('\r') < 0) {
            return varde;
        }
        return '"' + varde.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
