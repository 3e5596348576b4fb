package se.kundval.core.dataskydd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One kind of record in a registerutdrag: a heading, the columns' Swedish labels and one row per
 * record. Values are text, numbers, dates, times or booleans, or null when nothing is stored.
 *
 * @param nyckel   a stable key for machines (the JSON's key)
 * @param rubrik   the heading a person reads
 * @param kolumner the labels
 * @param rader    the records, each with one value per column
 */
public record Utdragsdel(String nyckel, String rubrik, List<String> kolumner, List<List<Object>> rader) {

    public Utdragsdel {
        kolumner = List.copyOf(kolumner);
        // values may be null (nothing stored), which List.copyOf refuses
        List<List<Object>> kopia = new ArrayList<>();
        rader.forEach(r -> kopia.add(Collections.unmodifiableList(new ArrayList<>(r))));
        rader = Collections.unmodifiableList(kopia);
    }
}
