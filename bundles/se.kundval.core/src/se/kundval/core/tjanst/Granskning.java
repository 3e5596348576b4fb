package se.kundval.core.tjanst;

/**
 * What a save records in the audit trail besides the fields it changed (written in the same
 * transaction): what happened and the details a reviewer needs.
 *
 * @param handelse a stable code, e.g. {@code AVSLUTSBEDOMNING}; null for a plain change of the
 *                 aggregate, which then gets {@code <TYP>_SKAPAD} or {@code <TYP>_ANDRAD}
 * @param detaljer readable details, e.g. "lyckat=J bonusgrundande=N: motivering"
 */
public record Granskning(String handelse, String detaljer) {

    /** A plain change of fields: the audit entry names the fields, nothing more to say. */
    public static final Granskning ANDRING = new Granskning(null, null);
}
