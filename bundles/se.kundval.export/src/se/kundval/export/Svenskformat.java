package se.kundval.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Values as Swedish readers write them: decimal comma, a space between thousands, ISO dates,
 * "37,5 %". Documents use non-breaking spaces so a figure never breaks over two lines; CSV leaves
 * out the thousands space and uses plain spaces so that spreadsheets still read numbers as numbers.
 */
public final class Svenskformat {

    private static final char HARD_MELLANSLAG = '\u00a0';

    private Svenskformat() {
    }

    /**
     * The cell as text; an {@link Osakert} value gets the mark after it.
     *
     * @param dokument true for documents (thousands grouped, non-breaking spaces), false for CSV
     */
    public static String text(Kolumn kolumn, Object cell, boolean dokument) {
        char mellanslag = dokument ? HARD_MELLANSLAG : ' ';
        if (cell instanceof Osakert osakert) {
            String varde = text(kolumn, osakert.varde(), dokument);
            return varde.isEmpty() ? varde : varde + mellanslag + Osakert.MARKERING;
        }
        if (cell == null) {
            return ""; //$NON-NLS-1$
        }
        if (cell instanceof LocalDate datum) {
            return datum.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (!(cell instanceof Number tal) || !kolumn.numerisk()) {
            return cell.toString();
        }
        BigDecimal varde = tal instanceof BigDecimal b ? b : new BigDecimal(tal.toString());
        return switch (kolumn.typ()) {
            case HELTAL -> tal(varde, 0, dokument);
            case DECIMAL -> tal(varde, kolumn.decimaler(), dokument);
            case BELOPP -> tal(varde, 2, dokument);
            case ANDEL -> tal(varde.movePointRight(2), kolumn.decimaler(), false) + mellanslag + '%';
            case TEXT, DATUM -> cell.toString();
        };
    }

    /** A number with the given decimals, rounded half up. */
    public static String tal(BigDecimal varde, int decimaler, boolean gruppera) {
        DecimalFormatSymbols tecken = new DecimalFormatSymbols(Locale.ROOT);
        tecken.setDecimalSeparator(',');
        tecken.setGroupingSeparator(HARD_MELLANSLAG);
        DecimalFormat format = new DecimalFormat(decimaler == 0 ? "#,##0" : "#,##0." + "0".repeat(decimaler), tecken); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        format.setGroupingUsed(gruppera);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(varde);
    }
}
