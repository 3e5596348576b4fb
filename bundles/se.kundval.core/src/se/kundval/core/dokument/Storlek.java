package se.kundval.core.dokument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as a person reads it, the Swedish way: "820 kB", "1,4 MB". */
public final class Storlek {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final long KB = 1024;

    private Storlek() {
    }

    public static String text(long byte_) {
        if (byte_ < KB) {
            return byte_ + " B"; //$NON-NLS-1$
        }
        if (byte_ < KB * KB) {
            return BigDecimal.valueOf(byte_).divide(BigDecimal.valueOf(KB), 0, RoundingMode.HALF_UP) + " kB"; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getNumberInstance(SVENSKA);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(BigDecimal.valueOf(byte_).divide(BigDecimal.valueOf(KB * KB), 1, RoundingMode.HALF_UP)) + " MB"; //$NON-NLS-1$
    }
}
