package se.kundval.insatstyp.samhallsorientering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.kundval.core.rapport.Rapportdel;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Rapportunderlag;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.model.Insats;

/**
 * Samhällsorientering's section of the kvalitetsrapport (DOMAIN §7, §10), per expert (anordnare)
 * over the courses started in the period: participants, mean days from anmälan to kursstart (goal
 * at most 14), mean days of genomförande of completed courses (goal 6–10 weeks), avbrott and their
 * share. Fewer than five participants mark the row as uncertain. NKI per expert is in the report's
 * anordnare rows.
 */
public class Kursrapport implements Rapportdel {

    static final String NYCKEL = "samhallsorientering"; //$NON-NLS-1$
    static final List<String> KOLUMNER = List.of("deltagare", "snitt_dagar_till_start", "snitt_genomforandedagar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "avbrott", "andel_avbrott", "osaker"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final int OSAKER_UNDER = 5;

    @Override
    public Rapportsektion berakna(Rapportunderlag underlag) {
        Map<String, Kurser> perExpert = new TreeMap<>();
        for (Insats insats : underlag.insatser()) {
            if (insats.getTypdata() instanceof Kursdeltagande kurs && kurs.getKursstart() != null
                    && !kurs.getKursstart().isBefore(underlag.fran()) && !kurs.getKursstart().isAfter(underlag.till())) {
                perExpert.computeIfAbsent(insats.getAnordnare().getOrgnr(), o -> new Kurser()).lagg(kurs);
            }
        }
        Map<String, Map<String, Object>> rader = new LinkedHashMap<>();
        perExpert.forEach((orgnr, kurser) -> rader.put(orgnr, kurser.rad()));
        return new Rapportsektion(NYCKEL, Messages.rapportRubrik, KOLUMNER, rader);
    }

    /** The sums behind one expert's row. */
    private static final class Kurser {
        private int deltagare;
        private long dagarTillStart;
        private int medAnmalan;
        private long genomforandedagar;
        private int genomforda;
        private int avbrott;

        void lagg(Kursdeltagande kurs) {
            deltagare++;
            if (kurs.getAnmalningsdatum() != null) {
                dagarTillStart += ChronoUnit.DAYS.between(kurs.getAnmalningsdatum(), kurs.getKursstart());
                medAnmalan++;
            }
            boolean avbruten = Boolean.TRUE.equals(kurs.getAvbrott());
            if (avbruten) {
                avbrott++;
            } else if (kurs.getKursslut() != null) {
                genomforandedagar += ChronoUnit.DAYS.between(kurs.getKursstart(), kurs.getKursslut());
                genomforda++;
            }
        }

        Map<String, Object> rad() {
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put(KOLUMNER.get(0), deltagare);
            rad.put(KOLUMNER.get(1), medel(dagarTillStart, medAnmalan));
            rad.put(KOLUMNER.get(2), medel(genomforandedagar, genomforda));
            rad.put(KOLUMNER.get(3), avbrott);
            rad.put(KOLUMNER.get(4), BigDecimal.valueOf(avbrott).divide(BigDecimal.valueOf(deltagare), 4, RoundingMode.HALF_UP));
            rad.put(KOLUMNER.get(5), deltagare < OSAKER_UNDER);
            return rad;
        }

        private static BigDecimal medel(long summa, int antal) {
            return antal == 0 ? null : BigDecimal.valueOf(summa).divide(BigDecimal.valueOf(antal), 1, RoundingMode.HALF_UP);
        }
    }
}
