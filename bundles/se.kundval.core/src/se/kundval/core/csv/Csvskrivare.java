package se.kundval.core.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import se.kundval.core.Agarfiler;

/**
 * Writes CSV of the product's dialect ({@link Csvformat}): a field is quoted when it must be (a
 * line break stays a line break inside quotes), and a text a spreadsheet would run as a formula
 * gets a leading {@code '} that {@link Csvlasare} takes away again. UTF-8 without byte order mark.
 */
public final class Csvskrivare implements Flushable, Closeable {

    private final CSVPrinter ut;

    /** Writes to the target; {@link #close()} closes it when it can be closed, {@link #flush()} does not. */
    public Csvskrivare(Appendable ut) throws IOException {
        this.ut = new CSVPrinter(ut, Csvformat.FORMAT);
    }

    /** A new file (an existing one is replaced), UTF-8 without byte order mark. */
    public static Csvskrivare till(Path fil) throws IOException {
        // interchange files and exports hold personal data: the owner's alone (decision 0232)
        return new Csvskrivare(Files.newBufferedWriter(Agarfiler.forbered(fil), StandardCharsets.UTF_8));
    }

    /** A whole file: the header, then the rows. */
    public static void skriv(Path fil, List<String> rubrik, List<List<String>> rader) throws IOException {
        try (Csvskrivare csv = till(fil)) {
            csv.rad(rubrik);
            for (List<String> rad : rader) {
                csv.rad(rad);
            }
        }
    }

    /** One record; null is written as an empty field. */
    public void rad(List<String> falt) throws IOException {
        for (String f : falt) {
            ut.print(f == null ? "" : Csvformat.skydda(f)); //$NON-NLS-1$
        }
        ut.println();
    }

    public void rad(String... falt) throws IOException {
        rad(Arrays.asList(falt));
    }

    /** A line without any field, e.g. between the tables of a document. */
    public void tomRad() throws IOException {
        ut.println();
    }

    @Override
    public void flush() throws IOException {
        ut.flush();
    }

    @Override
    public void close() throws IOException {
        ut.close();
    }
}
