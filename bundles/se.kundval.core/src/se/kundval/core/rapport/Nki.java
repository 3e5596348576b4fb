package se.kundval.core.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

import se.kundval.model.Enkatsvar;

/**
 * Nöjd-kund-index: the plain mean of the survey answers on the 1–5 scale, as the municipality
 * publishes it (e.g. 4,14). It is withheld when fewer than {@link #MINSTA_SVARANDE} persons
 * answered, so that no kund's answers can be recognised.
 *
 * @param svarande the number of persons who answered
 * @param summa    the sum of their answers
 * @param svar     the number of answers
 */
public record Nki(int svarande, long summa, int svar) {

    public static final int MINSTA_SVARANDE = 5;

    public static final Nki INGET = new Nki(0, 0, 0);

    /** Collects survey answers into an Nki, each respondent counted once (a respondent answers many questions). */
    public static final class Insamling {

        private final Set<String> respondenter = new HashSet<>();
        private long summa;
        private int svar;

        public void lagg(Enkatsvar s) {
            // a respondent id is only known to be unique within one anordnare's survey of one year
            respondenter.add(s.getAnordnare().getOrgnr() + '/' + s.getAr() + '/' + s.getRespondent());
            summa += s.getSvar();
            svar++;
        }

        public Nki nki() {
            return new Nki(respondenter.size(), summa, svar);
        }
    }

    /** True when the index is withheld for anonymity. */
    public boolean undertryckt() {
        return svarande < MINSTA_SVARANDE;
    }

    /** The index with two decimals, or null when withheld or without answers. */
    public BigDecimal varde() {
        if (undertryckt() || svar == 0) {
            return null;
        }
        return BigDecimal.valueOf(summa).divide(BigDecimal.valueOf(svar), 2, RoundingMode.HALF_UP);
    }
}
