package se.kundval.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table: columns and rows of cell values. A value is null (empty), text, a
 * {@link Number}, a {@link java.time.LocalDate}, or one of these wrapped in {@link Osakert}.
 *
 * @param rubrik   the title (sheet name in XLSX, heading in CSV and PDF)
 * @param kolumner the columns
 * @param rader    the rows, each with one value per column
 * @param fotnot   a note printed under the table, or null
 */
public record Tabell(String rubrik, List<Kolumn> kolumner, List<List<Object>> rader, String fotnot) implements Dokumentdel {

    public Tabell {
        Objects.requireNonNull(rubrik, "rubrik"); //$NON-NLS-1$
        kolumner = List.copyOf(kolumner);
        List<List<Object>> kopia = new ArrayList<>(rader.size());
        for (List<Object> rad : rader) {
            if (rad.size() != kolumner.size()) {
                throw new IllegalArgumentException("row of " + rad.size() + " values in a table of " //$NON-NLS-1$ //$NON-NLS-2$
                        + kolumner.size() + " columns: " + rubrik); //$NON-NLS-1$
            }
            kopia.add(Collections.unmodifiableList(new ArrayList<>(rad)));
        }
        rader = Collections.unmodifiableList(kopia);
    }
}
