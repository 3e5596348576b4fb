package se.kundval.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The municipality's time: every "today" in the product is a day in Europe/Stockholm. */
public final class Tid {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm"); //$NON-NLS-1$

    private Tid() {
    }

    public static LocalDate idag() {
        return LocalDate.now(STOCKHOLM);
    }

    public static LocalDateTime nu() {
        return LocalDateTime.now(STOCKHOLM);
    }
}
