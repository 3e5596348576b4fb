package se.kundval.export;

/** How a column's values are shown. */
public enum Kolumntyp {
    /** Free text. */
    TEXT,
    /** Whole numbers. */
    HELTAL,
    /** Decimal numbers with the column's number of decimals. */
    DECIMAL,
    /** A share 0–1, shown as a percentage with one decimal (0.375 → 37,5 %). */
    ANDEL,
    /** Kronor with öre. */
    BELOPP,
    /** A date, ISO 8601 as Swedish practice writes it. */
    DATUM
}
