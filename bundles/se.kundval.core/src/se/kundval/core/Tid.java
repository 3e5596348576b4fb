package se.kundval.core;

import java.time.ZoneId;

/**
 * The municipality's time zone: every "today" in the product is a day in Europe/Stockholm. Today
 * itself comes from the {@link java.time.Clock} service, never from the wall clock directly.
 */
public final class Tid {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm"); //$NON-NLS-1$

    private Tid() {
    }
}
