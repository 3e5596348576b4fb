package se.kundval.core.typ;

import java.time.LocalDate;
import java.util.List;

import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * What an insats type's eligibility rules look at.
 *
 * @param kund           the kund
 * @param beslutsdatum   the day of the beslut (age is judged on it)
 * @param startdatum     the planned start
 * @param kundensInsatser all insatser the kund has had, with beslut and avslut
 * @param kommun         the municipality running the kundval (the kund must be folkbokförd there)
 */
public record Behorighetsunderlag(Kund kund, LocalDate beslutsdatum, LocalDate startdatum, List<Insats> kundensInsatser,
        String kommun) {
}
