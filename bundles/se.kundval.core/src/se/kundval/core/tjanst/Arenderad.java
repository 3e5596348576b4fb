package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.bevakning.Bevakning;

/**
 * One kund in a caseload: the insats that matters now (the running one, else the latest) and
 * everything due across the kund's insatser, soonest first.
 *
 * @param kundId       the kund's database id
 * @param kund         the kund's kund-id
 * @param namn         the kund's name
 * @param insatsId     the database id of the insats shown, or null when the kund has none
 * @param insats       its insats-id
 * @param insatstyp    its type's name, as its plugin gives it (AMI nivå 2, not AMI2)
 * @param anordnare    its anordnare's name
 * @param slut         its end after förlängningar (or the avslut)
 * @param dagarKvar    days left until that end from today; negative when passed, null without insats
 * @param bevakningar  every deadline and alert of the kund's insatser, soonest first
 */
public record Arenderad(long kundId, String kund, String namn, Long insatsId, String insats, String insatstyp,
        String anordnare, LocalDate slut, Long dagarKvar, List<Bevakning> bevakningar) {

    /** The next deadline, or null. */
    public Bevakning nasta() {
        return bevakningar.isEmpty() ? null : bevakningar.get(0);
    }

    /** How many deadlines have passed. */
    public long forsenade() {
        return bevakningar.stream().filter(b -> b.niva() == Bevakning.Niva.FORSENAD).count();
    }
}
