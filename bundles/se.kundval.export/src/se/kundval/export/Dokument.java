package se.kundval.export;

import java.util.List;
import java.util.Objects;

/**
 * A titled document of tables and charts, written by {@link CsvSkrivare}, {@link XlsxSkrivare} and
 * {@link PdfSkrivare}.
 *
 * @param titel     the document's title
 * @param undertitel a line under the title (e.g. the period), or null
 * @param delar     tables and charts in order
 */
public record Dokument(String titel, String undertitel, List<Dokumentdel> delar) {

    public Dokument {
        Objects.requireNonNull(titel, "titel"); //$NON-NLS-1$
        delar = List.copyOf(delar);
    }

    /** The tables, without the charts. */
    public List<Tabell> tabeller() {
        return delar.stream().filter(Tabell.class::isInstance).map(Tabell.class::cast).toList();
    }
}
