package se.kundval.rapport.internal;

import java.util.Map;

import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.JusteradKvot;

/**
 * The fitted case-mix model of a period with the data it was fitted on: each anordnare's expected
 * lyckade is the sum of the fitted probabilities of its judged avslut, read from its pattern counts.
 */
final class Jamforelse {

    private static final int INSATSTYP = Kovariater.ALLA.indexOf(Kovariater.INSATSTYP);

    private final Fallmixinsamling data;
    private final Fallmix fallmix;
    private final double[] sannolikheter;

    /** @param sannolikheter the fitted probability per pattern, or null when the period has no model */
    Jamforelse(Fallmixinsamling data, Fallmix fallmix, double[] sannolikheter) {
        this.data = data;
        this.fallmix = fallmix;
        this.sannolikheter = sannolikheter;
    }

    Fallmix fallmix() {
        return fallmix;
    }

    /** Over all the anordnare's judged avslut in the period. */
    JusteradKvot kvot(String orgnr) {
        return kvot(orgnr, null);
    }

    /** Over the anordnare's judged avslut of one type, or of all types when {@code insatstyp} is null. */
    JusteradKvot kvot(String orgnr, String insatstyp) {
        int bedomda = 0;
        int lyckade = 0;
        double forvantade = 0;
        double varians = 0;
        for (Map.Entry<Integer, int[]> cell : data.celler(orgnr).entrySet()) {
            int m = cell.getKey();
            if (insatstyp != null && !insatstyp.equals(data.niva(m, INSATSTYP))) {
                continue;
            }
            int[] antal = cell.getValue();
            bedomda += antal[0];
            lyckade += antal[1];
            if (sannolikheter != null) {
                double p = sannolikheter[m];
                forvantade += antal[0] * p;
                varians += antal[0] * p * (1 - p);
            }
        }
        return sannolikheter == null ? JusteradKvot.utan(bedomda, lyckade) : new JusteradKvot(bedomda, lyckade, forvantade, varians);
    }
}
