package se.kundval.core.atkomst;

import java.time.LocalDateTime;

import se.kundval.model.Roll;

/**
 * One entry of the access log: who did what with which kund, when, from where. Entries are never
 * changed; a review is an entry of its own ({@link Logggranskning}).
 *
 * @param id                the entry's number
 * @param tid               when, Stockholm time
 * @param anvandare         the user name
 * @param roll              the user's role at the time
 * @param klient            the client and its address
 * @param kundId            the kund's kund-id
 * @param handling          what was done
 * @param plats             where: the part, page or command
 * @param iLista            true when the kund was one of several in a list, false when opened alone
 * @param skyddad           the kund had skyddade personuppgifter at the time
 * @param utanforAnsvar     the kund was outside the user's own caseload, beslut or anordnare at the time
 * @param utanforKontorstid the access was outside 07–19 on a weekday
 * @param granskning        the latest review of the entry, or null
 */
public record Atkomstpost(long id, LocalDateTime tid, String anvandare, Roll roll, Klient klient, String kundId,
        Atkomsthandling handling, String plats, boolean iLista, boolean skyddad, boolean utanforAnsvar,
        boolean utanforKontorstid, Logggranskning granskning) {
}
