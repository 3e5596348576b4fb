package se.kundval.core.rapport;

/**
 * The report row of all insatser.
 *
 * @param resultat                 the measures of all insatser
 * @param auktoriseradeAnordnare   anordnare with some auktorisation during the period
 * @param aktivaAnordnare          anordnare that had kunder during the period
 * @param undersokning             the kundundersökning over all anordnare
 */
public record Totalrad(Resultatrad resultat, int auktoriseradeAnordnare, int aktivaAnordnare, Kundundersokning undersokning) {
}
