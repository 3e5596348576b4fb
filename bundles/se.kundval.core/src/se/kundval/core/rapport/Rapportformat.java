package se.kundval.core.rapport;

import java.util.Locale;

/** The file formats a kvalitetsrapport is written in. */
public enum Rapportformat {
    JSON, CSV, XLSX, PDF;

    /** The file name suffix, e.g. "xlsx". */
    public String filandelse() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named (case-insensitive) json, csv, xlsx or pdf. */
    public static Rapportformat av(String namn) {
        return valueOf(namn.trim().toUpperCase(Locale.ROOT));
    }
}
