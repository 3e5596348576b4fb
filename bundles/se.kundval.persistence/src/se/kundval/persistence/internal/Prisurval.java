package se.kundval.persistence.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

/**
 * The prices in force out of prislista rows (decision 0221): approved rows only, and of two approved
 * rows of a type and day the one approved last, the correction. What compensation and export use.
 */
final class Prisurval {

    private static final Comparator<Pris> GODKANNANDEORDNING = Comparator.comparing(Pris::getGodkandTid,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Pris::getId);

    private Prisurval() {
    }

    /** @return ordered by type and day */
    static List<Pris> iKraft(List<Pris> rader) {
        Map<String, Pris> iKraft = new LinkedHashMap<>();
        rader.stream().filter(p -> p.getStatus() == Prisstatus.GODKAND).sorted(GODKANNANDEORDNING)
                .forEach(p -> iKraft.put(p.getInsatstyp().getKod() + '|' + p.getGiltigFran(), p));
        return iKraft.values().stream().sorted(Comparator.comparing((Pris p) -> p.getInsatstyp().getKod())
                .thenComparing(Pris::getGiltigFran)).toList();
    }
}
