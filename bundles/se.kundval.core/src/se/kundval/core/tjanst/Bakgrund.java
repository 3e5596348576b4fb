package se.kundval.core.tjanst;

/**
 * The kund's circumstances at the start of an insats that the case-mix model of DOMAIN §13 adjusts
 * for, beside kön, utbildningsnivå and språk which {@link Insatsfakta} already carries. No identity:
 * the age is computed where the personnummer is read and only the age leaves.
 *
 * @param alderVidStart       whole years at the insats's start, or null when the birth date is unknown; for a
 *                            gallrad akt the lowest age of its band (DOMAIN §12), which bands the same
 * @param arbetsformaga       arbetsförmåga in per cent 0–100, or null when not known
 * @param arbetsformagaOklar  the arbetsförmåga is recorded as unclear
 * @param ekonomisktBistand   the kund has ekonomiskt bistånd
 * @param etableringsprogram  the kund is in Arbetsförmedlingens etableringsprogram
 */
public record Bakgrund(Integer alderVidStart, Integer arbetsformaga, boolean arbetsformagaOklar, boolean ekonomisktBistand,
        boolean etableringsprogram) {
}
