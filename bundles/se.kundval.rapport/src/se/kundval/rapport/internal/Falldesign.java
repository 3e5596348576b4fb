package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The design of the case-mix model for one period: column 0 is the intercept, then one column per
 * level of each covariate except its reference, the most common level (the comparison a reader
 * understands best, and the best-determined baseline). A level absent from the period has no
 * avslut and so no column: it drops out rather than making the model unidentifiable.
 */
final class Falldesign {

    /**
     * A level present in the period.
     *
     * @param kovariat index in {@link Kovariater#ALLA}
     * @param kolumn   the coefficient's column, or -1 for the reference level
     */
    record Niva(int kovariat, String kod, int avslut, int kolumn) {
    }

    private final List<Niva> nivaer = new ArrayList<>();
    private final int[][] kolumner;
    private final int parametrar;

    Falldesign(Fallmixinsamling data) {
        int antalKovariater = Kovariater.ALLA.size();
        List<Map<String, Integer>> kolumnAv = new ArrayList<>();
        int kolumn = 1;
        for (int k = 0; k < antalKovariater; k++) {
            Map<String, Integer> avslut = new TreeMap<>(Kovariater.ordning(k));
            for (int m = 0; m < data.monster(); m++) {
                avslut.merge(data.niva(m, k), data.antal(m), Integer::sum);
            }
            String referens = avslut.isEmpty() ? null
                    : Collections.max(avslut.entrySet(), Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).getKey();
            Map<String, Integer> kolumnerna = new TreeMap<>();
            for (Map.Entry<String, Integer> e : avslut.entrySet()) {
                boolean arReferens = e.getKey().equals(referens);
                nivaer.add(new Niva(k, e.getKey(), e.getValue(), arReferens ? -1 : kolumn));
                kolumnerna.put(e.getKey(), arReferens ? -1 : kolumn++);
            }
            kolumnAv.add(kolumnerna);
        }
        parametrar = kolumn;
        kolumner = new int[data.monster()][];
        for (int m = 0; m < data.monster(); m++) {
            int[] aktiva = new int[antalKovariater + 1];
            int antal = 1;
            for (int k = 0; k < antalKovariater; k++) {
                int c = kolumnAv.get(k).get(data.niva(m, k));
                if (c >= 0) {
                    aktiva[antal++] = c;
                }
            }
            kolumner[m] = Arrays.copyOf(aktiva, antal);
        }
    }

    /** Coefficients to estimate, the intercept included. */
    int parametrar() {
        return parametrar;
    }

    /** The columns that are 1 for pattern m (always 0, the intercept), all others being 0. */
    int[] kolumner(int m) {
        return kolumner[m];
    }

    /** The levels present, covariate by covariate in their order, references included. */
    List<Niva> nivaer() {
        return nivaer;
    }
}
