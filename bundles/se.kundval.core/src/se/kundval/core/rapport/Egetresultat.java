package se.kundval.core.rapport;

/**
 * An anordnare's own results of a period beside the kommun's, as the portal shows them (DOMAIN §14,
 * docs/decisions/0376-anordnarens-resultat-i-portalen.md): of the kommun only aggregates over every
 * anordnare, never another anordnare's name or figures.
 *
 * @param period          the period
 * @param egnaLyckade     the anordnare's lyckade avslut of all its avslut dated in the period (DOMAIN §7)
 * @param egnaObedomda    of its avslut, those not yet judged (they count as not lyckade)
 * @param kommunensLyckade the same share over every avslut in the kommun in the period, its own included
 * @param justering       its lyckade against what its kunder would be expected to reach (DOMAIN §13);
 *                        {@link JusteradKvot#visas()} is false with too few judged avslut or no model
 */
public record Egetresultat(Rapportperiod period, Andel egnaLyckade, int egnaObedomda, Andel kommunensLyckade,
        JusteradKvot justering) {
}
