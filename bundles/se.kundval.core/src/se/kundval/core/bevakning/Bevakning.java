package se.kundval.core.bevakning;

import java.time.LocalDate;

/**
 * A deadline or alert in the caseload (DOMAIN §8).
 *
 * @param insatsId  the insats it concerns
 * @param typ       a stable code, e.g. {@code MANADSRAPPORT_SEN}
 * @param text      what is due, for the user
 * @param forfaller the day it is due
 * @param niva      how urgent
 */
public record Bevakning(long insatsId, String typ, String text, LocalDate forfaller, Niva niva) {

    public enum Niva {
        INFORMATION, PAMINNELSE, FORSENAD
    }

    /** Days until due from {@code idag}; negative when overdue. */
    public long dagarKvar(LocalDate idag) {
        return java.time.temporal.ChronoUnit.DAYS.between(idag, forfaller);
    }
}
