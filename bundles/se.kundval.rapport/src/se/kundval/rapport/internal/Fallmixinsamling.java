package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.core.tjanst.Insatsfakta;

/**
 * The judged avslut of a period as the case-mix model needs them, gathered in the report's single
 * pass: avslut with the same levels of every covariate share one pattern (the model gives them one
 * probability), so a year of avslut becomes a few thousand patterns with counts, and each anordnare
 * keeps only its count per pattern.
 */
final class Fallmixinsamling {

    private final Map<List<String>, Integer> index = new HashMap<>();
    private final List<String[]> monster = new ArrayList<>();
    private final Map<String, Map<Integer, int[]>> perAnordnare = new HashMap<>();
    private int[] antal = new int[256];
    private int[] lyckade = new int[256];
    private int bedomda;
    private int allaLyckade;

    /** A judged avslut dated in the period. */
    void avslut(Insatsfakta fakta) {
        avslut(Kovariater.nivaer(fakta), fakta.orgnr(), fakta.lyckat());
    }

    void avslut(String[] nivaer, String orgnr, boolean lyckat) {
        int m = index.computeIfAbsent(Arrays.asList(nivaer), k -> nyttMonster(nivaer));
        int[] cell = perAnordnare.computeIfAbsent(orgnr, k -> new HashMap<>()).computeIfAbsent(m, k -> new int[2]);
        antal[m]++;
        cell[0]++;
        bedomda++;
        if (lyckat) {
            lyckade[m]++;
            cell[1]++;
            allaLyckade++;
        }
    }

    private int nyttMonster(String[] nivaer) {
        int m = monster.size();
        monster.add(nivaer.clone());
        if (m == antal.length) {
            antal = Arrays.copyOf(antal, m * 2);
            lyckade = Arrays.copyOf(lyckade, m * 2);
        }
        return m;
    }

    int monster() {
        return monster.size();
    }

    /** The levels of pattern m, in the order of {@link Kovariater#ALLA}. */
    String niva(int m, int kovariat) {
        return monster.get(m)[kovariat];
    }

    int antal(int m) {
        return antal[m];
    }

    int lyckade(int m) {
        return lyckade[m];
    }

    int bedomda() {
        return bedomda;
    }

    int lyckade() {
        return allaLyckade;
    }

    /** The anordnare with judged avslut in the period. */
    Set<String> anordnare() {
        return perAnordnare.keySet();
    }

    /** Pattern → {judged avslut, lyckade} of one anordnare; empty for one without judged avslut. */
    Map<Integer, int[]> celler(String orgnr) {
        return perAnordnare.getOrDefault(orgnr, Map.of());
    }
}
