package se.kundval.core.csv;

import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV dialect of the product (DOMAIN §9) and its guard against formulas. Commons CSV does
 * the quoting both ways (RFC 4180 with a semicolon: a field holding {@code ;}, {@code "} or a line
 * break is quoted, a quote doubled); LF ends a record because that is what every file has always
 * had. The guard is ours because the library has none that reading can undo
 * (docs/decisions/0130-csv.md).
 */
final class Csvformat {

    /** Empty lines carry no record: spreadsheets leave them at the end of files. */
    static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"').setRecordSeparator('\n')
            .setIgnoreEmptyLines(true).setQuoteMode(QuoteMode.MINIMAL).get();

    /**
     * What spreadsheets take as the start of a formula (OWASP "CSV injection"), and the mark itself
     * so that a value that begins with the mark survives the round trip.
     */
    private static final String FORMELTECKEN = "=+-@\t\r'"; //$NON-NLS-1$
    private static final char SKYDD = '\'';
    /** A number is never run as a formula, and a minus sign or a percent must stay readable as such. */
    private static final Pattern TAL = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?[ %*]*"); //$NON-NLS-1$

    private Csvformat() {
    }

    /** The value as written: a leading {@code '} before what a spreadsheet would evaluate. */
    static String skydda(String varde) {
        if (varde.isEmpty() || FORMELTECKEN.indexOf(varde.charAt(0)) < 0 || TAL.matcher(varde).matches()) {
            return varde;
        }
        return SKYDD + varde;
    }

    /** Exactly undoes {@link #skydda}: a {@code '} is taken away only where skydda put one. */
    static String avskydda(String varde) {
        if (varde.length() > 1 && varde.charAt(0) == SKYDD && FORMELTECKEN.indexOf(varde.charAt(1)) >= 0) {
            return varde.substring(1);
        }
        return varde;
    }
}
