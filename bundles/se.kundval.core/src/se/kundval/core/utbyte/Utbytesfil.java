package se.kundval.core.utbyte;

import java.util.List;
import java.util.Map;

import se.kundval.model.Insats;

/**
 * An interchange file a plugin adds to the import/export folder (DOMAIN §9), contributed through
 * the {@code utbytesfiler} extension point; e.g. samhällsorientering's course data. The plugin
 * reads its rows onto the insatser of the import (typically as the insats's typdata) and writes
 * them back on export, so that an export imports again to the same data.
 */
public interface Utbytesfil {

    /** The file name, e.g. {@code samhallsorientering.csv}. */
    String filnamn();

    /** The header's columns in order. */
    List<String> kolumner();

    /**
     * Reads the data rows (the header is already checked) onto the insatser of the same import,
     * keyed by insats_id, reporting every problem; called only when the file is in the folder.
     */
    void las(List<Utbytesrad> rader, Map<String, Insats> insatser, Fellista fel);

    /**
     * The rows for these insatser, in a stable order; none means the file is not written. The
     * export calls this a page of insatser at a time, in insats_id order, and writes the pages' rows
     * one after another (decision 0481): the rows must depend only on the insatser given, and be
     * ordered by their insats_id first.
     */
    List<List<String>> skriv(List<Insats> insatser);
}
