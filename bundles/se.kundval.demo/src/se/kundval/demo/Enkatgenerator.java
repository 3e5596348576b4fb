package se.kundval.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.kundval.core.rapport.Enkatfraga;

/**
 * The yearly kundundersökning: a sample of each anordnare's kunder of the year is invited and a
 * part answers the eight questions of {@link Enkatfraga} (two per area). The two newest anordnare
 * get fewer than five respondents some years, so reports must suppress their NKI.
 */
final class Enkatgenerator {

    private static final int FORSTA_AR = 2019;
    private static final int SISTA_AR = 2025;
    private static final int HOGST_INBJUDNA = 400;

    private final Random slump;

    Enkatgenerator(Random slump) {
        this.slump = slump;
    }

    /** Rows of enkat.csv and enkat_utskick.csv. */
    record Enkat(List<List<String>> svar, List<List<String>> utskick) {
    }

    Enkat enkat(List<Demoanordnare> anordnare, List<Demoinsats> insatser, int sistaAr) {
        Map<String, Set<String>> kunderPerAr = new HashMap<>();
        for (Demoinsats i : insatser) {
            for (int ar = i.start().getYear(); ar <= i.sistaDag().getYear(); ar++) {
                kunderPerAr.computeIfAbsent(i.anordnare().orgnr() + ar, k -> new HashSet<>()).add(i.kund().kundId());
            }
        }
        List<List<String>> svar = new ArrayList<>();
        List<List<String>> utskick = new ArrayList<>();
        for (int a = 0; a < anordnare.size(); a++) {
            Demoanordnare anordnaren = anordnare.get(a);
            boolean liten = a >= anordnare.size() - 2;
            double kvalitet = 3.3 + (a % 5) * 0.25;
            for (int ar = FORSTA_AR; ar <= Math.min(SISTA_AR, sistaAr); ar++) {
                int kunder = kunderPerAr.getOrDefault(anordnaren.orgnr() + ar, Set.of()).size();
                if (kunder == 0) {
                    continue;
                }
                int inbjudna = Math.min(HOGST_INBJUDNA, Math.max(1, (int) Math.round(kunder * 0.7)));
                int svarande = (int) Math.round(inbjudna * (0.3 + slump.nextDouble() * 0.25));
                if (liten) {
                    svarande = Math.min(svarande, 2 + slump.nextInt(3));
                }
                utskick.add(List.of(anordnaren.orgnr(), String.valueOf(ar), String.valueOf(inbjudna)));
                for (int r = 1; r <= svarande; r++) {
                    String respondent = String.format("R%03d", r); //$NON-NLS-1$
                    for (Enkatfraga f : Enkatfraga.values()) {
                        long varde = Math.round(kvalitet + slump.nextGaussian() * 0.9);
                        svar.add(List.of(anordnaren.orgnr(), String.valueOf(ar), respondent, f.text(), f.omrade().getName(),
                                String.valueOf(Math.max(1, Math.min(5, varde)))));
                    }
                }
            }
        }
        return new Enkat(svar, utskick);
    }
}
