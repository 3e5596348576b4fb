package se.kundval.persistence.internal.orm;

import java.time.LocalDateTime;

/**
 * Who saves, when, and what the save is (a beslut, a bedömning, or null for a plain change of the
 * aggregate's fields): what {@link Aggregatlager#spara} writes to the audit trail with the fields.
 *
 * @param anvandare the login name
 * @param tidpunkt  from the injected clock
 * @param handelse  a stable code, or null for {@code <TYP>_SKAPAD} / {@code <TYP>_ANDRAD}
 * @param detaljer  readable details for a reviewer, or null
 */
public record Revision(String anvandare, LocalDateTime tidpunkt, String handelse, String detaljer) {
}
