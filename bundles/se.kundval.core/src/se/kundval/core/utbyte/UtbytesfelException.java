package se.kundval.core.utbyte;

import java.util.List;

import se.kundval.core.KundvalException;

/**
 * An interchange folder that cannot be imported, or a place an export cannot be written: bad
 * input, nothing was written. Each problem is one Swedish line, for a file row
 * {@code file:line: message}.
 */
public class UtbytesfelException extends KundvalException {

    private static final long serialVersionUID = 1L;

    private final List<String> fel;
    private final long antal;

    public UtbytesfelException(List<String> fel) {
        this(fel, fel.size());
    }

    /**
     * @param fel   the lines to show, perhaps only the first of many and a last line saying how
     *              many more there were
     * @param antal how many problems were found in all
     */
    public UtbytesfelException(List<String> fel, long antal) {
        super(String.join("\n", fel)); //$NON-NLS-1$
        this.fel = List.copyOf(fel);
        this.antal = antal;
    }

    public List<String> fel() {
        return fel;
    }

    /** How many problems were found, also those {@link #fel()} does not list one by one. */
    public long antal() {
        return antal;
    }
}
