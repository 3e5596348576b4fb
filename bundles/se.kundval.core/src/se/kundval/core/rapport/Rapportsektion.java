package se.kundval.core.rapport;

import java.util.List;
import java.util.Map;

/**
 * A section a plugin adds to the kvalitetsrapport: rows keyed (usually by orgnr), each a map
 * column → value (numbers, text or null).
 *
 * @param nyckel   the section's key in the report, e.g. "samhallsorientering"
 * @param rubrik   the heading shown to users
 * @param kolumner the columns in display order
 * @param rader    row key → column → value
 */
public record Rapportsektion(String nyckel, String rubrik, List<String> kolumner, Map<String, Map<String, Object>> rader) {
}
