package se.kundval.rapport.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.kundval.core.tjanst.Bakgrund;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Kon;
import se.kundval.model.Utbildningsniva;

/**
 * A generated history of judged avslut where the chance of lyckat is a known logistic function of
 * the kund (arbetsförmåga, utbildning, ekonomiskt bistånd, age) plus, for some anordnare, an effect
 * of their own. Seeded, so every run sees the same history.
 */
final class Fallhistorik {

    /** The true coefficients on the logit scale. */
    static final double INTERCEPT = 0.4;
    static final double FORMAGA_UNDER_25 = -1.6;
    static final double FORMAGA_50_99 = -0.6;
    static final double GRUNDSKOLA = -0.8;
    static final double HOGSKOLA = 0.5;
    static final double BISTAND = -0.7;
    static final double ALDER_55 = -0.5;

    private final Random slump;
    private final List<Insatsfakta> avslut = new ArrayList<>();
    private long id;

    Fallhistorik(long fro) {
        slump = new Random(fro);
    }

    /**
     * Adds judged avslut of one anordnare.
     *
     * @param svarighet 0 = an average mix, above 0 mostly hard kunder, below 0 mostly easy ones
     * @param effekt    the anordnare's own effect on the logit scale (0 = none)
     */
    Fallhistorik anordnare(String orgnr, int antal, double svarighet, double effekt) {
        for (int i = 0; i < antal; i++) {
            boolean svar = slump.nextDouble() < 0.5 + svarighet;
            int formaga = svar ? valj(new int[] {10, 60, 100}, 0.6, 0.3) : valj(new int[] {10, 60, 100}, 0.1, 0.2);
            Utbildningsniva utbildning = svar ? valj(0.6, 0.3) : valj(0.1, 0.4);
            boolean bistand = slump.nextDouble() < (svar ? 0.7 : 0.15);
            int alder = 20 + slump.nextInt(45);
            double logit = INTERCEPT + effekt + (formaga < 25 ? FORMAGA_UNDER_25 : formaga < 100 ? FORMAGA_50_99 : 0)
                    + (utbildning == Utbildningsniva.GRUNDSKOLA_49 ? GRUNDSKOLA : utbildning == Utbildningsniva.HOGSKOLA ? HOGSKOLA : 0)
                    + (bistand ? BISTAND : 0) + (alder >= 55 ? ALDER_55 : 0);
            boolean lyckat = slump.nextDouble() < 1 / (1 + Math.exp(-logit));
            avslut.add(fakta(orgnr, slump.nextBoolean() ? "AMI1" : "AMI2", formaga, utbildning, bistand, alder, lyckat,
                    Effektuppfoljt.INGEN));
        }
        return this;
    }

    private int valj(int[] varden, double forsta, double andra) {
        double u = slump.nextDouble();
        return u < forsta ? varden[0] : u < forsta + andra ? varden[1] : varden[2];
    }

    private Utbildningsniva valj(double grundskola, double gymnasium) {
        double u = slump.nextDouble();
        return u < grundskola ? Utbildningsniva.GRUNDSKOLA_49 : u < grundskola + gymnasium ? Utbildningsniva.GYMNASIUM
                : Utbildningsniva.HOGSKOLA;
    }

    Insatsfakta fakta(String orgnr, String typ, int formaga, Utbildningsniva utbildning, boolean bistand, int alder,
            boolean lyckat, Effektuppfoljt effekt) {
        id++;
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(id % 200);
        return new Insatsfakta(id, id, slump.nextBoolean() ? Kon.KVINNA : Kon.MAN, utbildning, slump.nextBoolean() ? "svenska" : "arabiska",
                typ, orgnr, start, 6, start.plusMonths(6), start.plusMonths(4), lyckat ? Avslutsorsak.ARBETE : Avslutsorsak.INSATSTID_SLUT,
                null, null, lyckat, lyckat, new Bakgrund(alder, formaga, false, bistand, false), effekt);
    }

    List<Insatsfakta> avslut() {
        return avslut;
    }

    /** The history gathered as the report gathers it. */
    Fallmixinsamling insamling() {
        Fallmixinsamling insamling = new Fallmixinsamling();
        avslut.forEach(insamling::avslut);
        return insamling;
    }
}
