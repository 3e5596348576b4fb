package se.kundval.core.dataskydd;

import se.kundval.core.KundvalException;

/**
 * The key of an encrypted embedded database is wrong, or missing, or its file may not be used
 * (decision 0386). A wrong key means the person is not authenticated (exit code 3 of DOMAIN §10);
 * the rest is bad input (exit code 1). Nothing has been opened or written either way.
 */
public class DatabasnyckelException extends KundvalException {

    private static final long serialVersionUID = 1L;

    private final boolean felNyckel;

    public DatabasnyckelException(String meddelande, boolean felNyckel) {
        super(meddelande);
        this.felNyckel = felNyckel;
    }

    /** True when a key was given and the database refused it; false when the key is missing or its file unusable. */
    public boolean felNyckel() {
        return felNyckel;
    }
}
