package se.kundval.export;

/**
 * A cell value to be shown as uncertain (e.g. computed on fewer than five persons): marked with
 * {@link #MARKERING} in text formats and in italics in spreadsheets, explained by the table's
 * footnote.
 *
 * @param varde the value itself (a number, text, date or null)
 */
public record Osakert(Object varde) {

    /** The mark put after an uncertain value in CSV and PDF. */
    public static final String MARKERING = "*"; //$NON-NLS-1$

    /** The value itself, whether marked or not. */
    public static Object vardet(Object cell) {
        return cell instanceof Osakert o ? o.varde() : cell;
    }
}
