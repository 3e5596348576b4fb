package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.typ.Regelutfall;

/**
 * The eligibility of a kund for an insats type: the common rules and the type's own, each with
 * pass, fail or warning and its reason, and the planned end the beslut would give.
 *
 * @param insatstyp    the type's code
 * @param utfall       every rule's result, common rules first
 * @param planeratSlut the last day of the granted length from the start date
 */
public record Behorighetsprovning(String insatstyp, List<Regelutfall> utfall, LocalDate planeratSlut) {

    public List<Regelutfall> underkanda() {
        return utfall.stream().filter(Regelutfall::underkand).toList();
    }
}
