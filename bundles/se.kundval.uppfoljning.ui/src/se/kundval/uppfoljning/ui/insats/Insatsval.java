package se.kundval.uppfoljning.ui.insats;

/**
 * The selection that names one insats. Parts that list insatser (the avslutsbedömning queue)
 * publish it and the Insats part follows it, showing that insats among its kund's. It carries the
 * id, not the Insats: every part reads its own copy through the services, so no part holds another
 * part's live object.
 *
 * @param insatsId the insats's database id
 */
public record Insatsval(long insatsId) {
}
