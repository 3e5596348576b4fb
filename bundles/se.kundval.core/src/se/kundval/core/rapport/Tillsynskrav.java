package se.kundval.core.rapport;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.kundval.model.Tillsynsdel;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * One krav of the tillsyn checklist summarised over the anordnare inspected in the period's years:
 * how many reached each uppfyllnadsgrad, and the åtgärder of those that did not fully.
 *
 * @param del       the part of the checklist (A–D)
 * @param krav      the requirement
 * @param antal     uppfyllnadsgrad → number of anordnare
 * @param atgarder  what each anordnare not fully meeting the krav must do, by when
 */
public record Tillsynskrav(Tillsynsdel del, String krav, Map<Uppfyllnadsgrad, Integer> antal, List<Atgard> atgarder) {

    public Tillsynskrav {
        antal = antal.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(antal));
        atgarder = List.copyOf(atgarder);
    }

    public int antal(Uppfyllnadsgrad grad) {
        return antal.getOrDefault(grad, 0);
    }

    /** The number of anordnare inspected on the krav. */
    public int bedomda() {
        return antal.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param orgnr           the anordnare
     * @param ar              the year of the tillsyn
     * @param uppfyllnadsgrad how far it met the krav
     * @param atgard          what it must do
     * @param deadline        by when, or null
     */
    public record Atgard(String orgnr, int ar, Uppfyllnadsgrad uppfyllnadsgrad, String atgard, LocalDate deadline) {
    }
}
