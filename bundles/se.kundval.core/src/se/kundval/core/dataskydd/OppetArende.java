package se.kundval.core.dataskydd;

import java.time.LocalDate;

/**
 * An insats without avslut in an akt whose last entry is five years or more before the gallring
 * day: it keeps the whole akt, and someone has to close or correct it.
 *
 * @param insatsId    the insats's case number
 * @param insatstyp   the type's code
 * @param startdatum  its start
 * @param senastePost the akt's last entry
 */
public record OppetArende(String insatsId, String insatstyp, LocalDate startdatum, LocalDate senastePost) {
}
