package se.kundval.rapport.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.core.rapport.Rapportperiod;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;

/** Which anordnare were authorised for which types on some day of the period. */
final class Auktorisationer {

    private final Map<String, Set<String>> perTyp = new HashMap<>();
    private final Set<String> alla = new HashSet<>();

    Auktorisationer(List<Anordnare> anordnare, Rapportperiod period) {
        for (Anordnare a : anordnare) {
            for (Auktorisation auk : a.getAuktorisationer()) {
                boolean under = !auk.getFran().isAfter(period.till()) && (auk.getTill() == null || !auk.getTill().isBefore(period.fran()));
                if (under && auk.getInsatstyp() != null) {
                    perTyp.computeIfAbsent(auk.getInsatstyp().getKod(), k -> new HashSet<>()).add(a.getOrgnr());
                    alla.add(a.getOrgnr());
                }
            }
        }
    }

    /** The anordnare authorised for the type. */
    int forTyp(String kod) {
        return perTyp.getOrDefault(kod, Set.of()).size();
    }

    /** The anordnare authorised for some type. */
    int totalt() {
        return alla.size();
    }

    boolean auktoriserad(String orgnr) {
        return alla.contains(orgnr);
    }

    Set<String> typer() {
        return perTyp.keySet();
    }
}
