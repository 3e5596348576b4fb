package se.kundval.beviljande.internal;

import java.time.LocalDate;

/**
 * What a handläggare decides in a förlängning.
 *
 * @param manader            the months added
 * @param beslutsdatum       the day of the beslut
 * @param motivering         why the insats is extended
 * @param motiveringForLangd why it may run longer than its type allows; null when it does not
 */
record Forlangningsbeslut(int manader, LocalDate beslutsdatum, String motivering, String motiveringForLangd) {
}
