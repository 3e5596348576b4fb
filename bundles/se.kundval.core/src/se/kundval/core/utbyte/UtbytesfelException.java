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

    public UtbytesfelException(List<String> fel) {
        super(String.join("\n", fel)); //$NON-NLS-1$
        this.fel = List.copyOf(fel);
    }

    public List<String> fel() {
        return fel;
    }
}
