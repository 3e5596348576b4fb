package se.kundval.core.rapport;

/**
 * The report row of one anordnare.
 *
 * @param orgnr          organisationsnummer
 * @param namn           the anordnare's name
 * @param resultat       the measures of its insatser
 * @param andelAvKunder  its kunder of all kunder in the period (a kund with two anordnare counts for both)
 * @param undersokning   its kundundersökning in the years the period touches
 * @param justering      its lyckade against what its kunder would be expected to reach (DOMAIN §13)
 */
public record Anordnarrad(String orgnr, String namn, Resultatrad resultat, Andel andelAvKunder, Kundundersokning undersokning,
        JusteradKvot justering) {
}
