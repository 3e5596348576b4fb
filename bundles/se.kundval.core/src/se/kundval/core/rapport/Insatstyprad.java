package se.kundval.core.rapport;

/**
 * The report row of one insatstyp.
 *
 * @param kod                      the type's code
 * @param namn                     the type's name
 * @param resultat                 the measures of the type's insatser
 * @param auktoriseradeAnordnare   anordnare with an auktorisation for the type during the period
 * @param aktivaAnordnare          anordnare that had kunder in the type during the period
 */
public record Insatstyprad(String kod, String namn, Resultatrad resultat, int auktoriseradeAnordnare, int aktivaAnordnare) {
}
