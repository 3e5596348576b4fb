package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Tillsynskrav;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * The tillsyn checklists of the period's years summarised per krav, as the quality report's
 * tillsyn table shows it: how many anordnare met each krav, and what those that did not must do.
 */
final class Tillsynssammanstallning {

    private Tillsynssammanstallning() {
    }

    static List<Tillsynskrav> sammanstall(List<Tillsyn> tillsyn) {
        Map<String, Krav> perKrav = new LinkedHashMap<>();
        for (Tillsyn t : tillsyn) {
            for (Tillsynspunkt p : t.getPunkter()) {
                String krav = p.getKrav() == null ? "" : p.getKrav().strip(); //$NON-NLS-1$
                Krav k = perKrav.computeIfAbsent(p.getDel() + "\u0000" + krav, x -> new Krav(p.getDel(), krav)); //$NON-NLS-1$
                Uppfyllnadsgrad grad = p.getUppfyllnadsgrad() == null ? Uppfyllnadsgrad.EJ_BEDOMT : p.getUppfyllnadsgrad();
                k.antal.merge(grad, 1, Integer::sum);
                if (grad != Uppfyllnadsgrad.UPPNATT) {
                    k.atgarder.add(new Tillsynskrav.Atgard(t.getAnordnare().getOrgnr(), t.getAr(), grad, p.getAtgard(), p.getDeadline()));
                }
            }
        }
        return perKrav.values().stream()
                .sorted(Comparator.comparing((Krav k) -> k.del == null ? Tillsynsdel.D.getValue() + 1 : k.del.getValue()))
                .map(k -> new Tillsynskrav(k.del, k.krav, k.antal, k.atgarder))
                .toList();
    }

    private static final class Krav {

        private final Tillsynsdel del;
        private final String krav;
        private final Map<Uppfyllnadsgrad, Integer> antal = new EnumMap<>(Uppfyllnadsgrad.class);
        private final List<Tillsynskrav.Atgard> atgarder = new ArrayList<>();

        Krav(Tillsynsdel del, String krav) {
            this.del = del;
            this.krav = krav;
        }
    }
}
