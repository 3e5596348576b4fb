package se.kundval.core.tjanst;

import java.time.LocalDate;

import se.kundval.model.Avslutsorsak;

/**
 * A row of the handläggare's avslutsbedömning queue.
 *
 * @param insatsId     the database id of the insats
 * @param insats       its insats-id
 * @param kund         the kund's name
 * @param insatstyp    the type's name, as the queue shows it (not its code: issue 10 item 7)
 * @param anordnare    the anordnare's name
 * @param avslutsdatum the reported avslut
 * @param orsak        the reported avslutsorsak
 * @param vantatDagar  days since the avslut was reported (the queue's age)
 */
public record Avslutsarende(long insatsId, String insats, String kund, String insatstyp, String anordnare,
        LocalDate avslutsdatum, Avslutsorsak orsak, long vantatDagar) {
}
