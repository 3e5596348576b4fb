package se.kundval.utbyte.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.utbyte.UtbytesService.Filrader;

/**
 * One interchange file written a page of rows at a time as the export reads them (decision 0481),
 * the same bytes as written whole: the header, then the rows in the order given. A file of the
 * core is written also without rows; a plugin's file only when it has some, so that it is opened
 * at its first rows.
 */
final class Exportfil implements AutoCloseable {

    private final Path fil;
    private final List<String> kolumner;
    private final boolean avenTom;
    private Csvskrivare csv;
    private int rader;

    private Exportfil(Path fil, List<String> kolumner, boolean avenTom) {
        this.fil = fil;
        this.kolumner = kolumner;
        this.avenTom = avenTom;
    }

    /** A file that is written with its header also when no row comes. */
    static Exportfil alltid(Path katalog, String filnamn, List<String> kolumner) {
        return new Exportfil(katalog.resolve(filnamn), kolumner, true);
    }

    /** A file that is not written at all when no row comes. */
    static Exportfil medRader(Path katalog, String filnamn, List<String> kolumner) {
        return new Exportfil(katalog.resolve(filnamn), kolumner, false);
    }

    /**
     * The next rows; an {@link IOException} is thrown unchecked, because the rows come from a
     * page handed over by the store, and is said as the failed export's reason.
     */
    void skriv(List<List<String>> sida) {
        try {
            for (List<String> rad : sida) {
                oppnad().rad(rad);
                rader++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean tom() {
        return rader == 0;
    }

    Filrader filrader() {
        return new Filrader(fil.getFileName().toString(), rader);
    }

    private Csvskrivare oppnad() throws IOException {
        if (csv == null) {
            csv = Csvskrivare.till(fil);
            csv.rad(kolumner);
        }
        return csv;
    }

    /** Completes the file: a core file without rows gets its header here. */
    @Override
    public void close() throws IOException {
        try {
            if (avenTom) {
                oppnad();
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
