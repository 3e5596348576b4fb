package se.kundval.core.rapport;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Insats;

/**
 * What a report section is computed from.
 *
 * @param fran     first day of the period
 * @param till     last day of the period
 * @param insatser the insatser active in the period, loaded with typdata, beslut and avslut
 * @param vem      the user the report is made for
 */
public record Rapportunderlag(LocalDate fran, LocalDate till, List<Insats> insatser, Inloggning vem) {
}
