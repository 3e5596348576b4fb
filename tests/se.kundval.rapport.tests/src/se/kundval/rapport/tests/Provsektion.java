package se.kundval.rapport.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Rapportdel;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Rapportunderlag;
import se.kundval.model.Insats;

/** A contributed section counting the period's insatser per anordnare from the loaded aggregates. */
public class Provsektion implements Rapportdel {

    private final String nyckel;

    public Provsektion() {
        this("provsektion");
    }

    protected Provsektion(String nyckel) {
        this.nyckel = nyckel;
    }

    @Override
    public Rapportsektion berakna(Rapportunderlag underlag) {
        Map<String, Map<String, Object>> rader = new LinkedHashMap<>();
        for (Insats insats : underlag.insatser()) {
            Map<String, Object> rad = rader.computeIfAbsent(insats.getAnordnare().getOrgnr(), k -> {
                Map<String, Object> ny = new LinkedHashMap<>();
                ny.put("insatser", 0);
                return ny;
            });
            rad.merge("insatser", 1, (a, b) -> (Integer) a + (Integer) b);
        }
        return new Rapportsektion(nyckel, "Provsektion " + nyckel, List.of("insatser"), rader);
    }
}
