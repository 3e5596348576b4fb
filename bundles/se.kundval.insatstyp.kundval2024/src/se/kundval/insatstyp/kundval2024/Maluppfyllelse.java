package se.kundval.insatstyp.kundval2024;

import java.util.Set;

import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;

/**
 * Måluppfyllelse for the types whose målsättning is not egen försörjning (DOMAIN §6): the avslut
 * goes where the type aims. FAI's "annan myndighet" is an avslut to Arbetsförmedlingen or to one
 * of its insatser (docs/decisions/0007-maluppfyllelse.md).
 */
final class Maluppfyllelse {

    static final Set<Avslutsorsak> TILL_ARBETSFORMEDLINGEN = Set.of(Avslutsorsak.ARBETSFORMEDLINGEN, Avslutsorsak.ANNAN_INSATS_AF);
    static final Set<Avslutsorsak> STEGFORFLYTTNING = Set.of(Avslutsorsak.STEGFORFLYTTNING);
    static final Set<Avslutsorsak> STEGFORFLYTTNING_ELLER_MYNDIGHET = Set.of(Avslutsorsak.STEGFORFLYTTNING,
            Avslutsorsak.ARBETSFORMEDLINGEN, Avslutsorsak.ANNAN_INSATS_AF);

    private Maluppfyllelse() {
    }

    static boolean avslutTill(Insats insats, Set<Avslutsorsak> orsaker) {
        return insats.getAvslut() != null && orsaker.contains(insats.getAvslut().getAvslutsorsak());
    }
}
