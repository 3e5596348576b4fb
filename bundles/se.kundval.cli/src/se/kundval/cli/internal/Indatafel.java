package se.kundval.cli.internal;

import se.kundval.core.KundvalException;

/** The command line itself is wrong (unknown command or option, missing value): exit code 1. */
final class Indatafel extends KundvalException {

    private static final long serialVersionUID = 1L;

    Indatafel(String meddelande) {
        super(meddelande);
    }
}
