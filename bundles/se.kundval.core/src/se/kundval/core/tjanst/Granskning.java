package se.kundval.core.tjanst;

/**
 * An audit entry written in the same transaction as the change it records (beslut, bedömningar,
 * overridden rules): what happened and the details a reviewer needs.
 *
 * @param handelse a stable code, e.g. {@code AVSLUTSBEDOMNING}
 * @param detaljer readable details, e.g. "lyckat=J bonusgrundande=N: motivering"
 */
public record Granskning(String handelse, String detaljer) {
}
