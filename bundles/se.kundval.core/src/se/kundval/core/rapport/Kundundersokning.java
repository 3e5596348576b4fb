package se.kundval.core.rapport;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import se.kundval.model.Omrade;

/**
 * The kundundersökning for a row of the report: the index over all answers, the index per area and
 * how many were invited.
 *
 * @param nki       over all questions
 * @param omraden   per area (each withheld on its own when it has fewer than five respondents)
 * @param inbjudna  persons invited to answer
 */
public record Kundundersokning(Nki nki, Map<Omrade, Nki> omraden, int inbjudna) {

    public static final Kundundersokning INGEN = new Kundundersokning(Nki.INGET, Map.of(), 0);

    public Kundundersokning {
        omraden = omraden.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(omraden));
    }

    /** Svarsfrekvens = respondents / invited. */
    public Andel svarsfrekvens() {
        return new Andel(nki.svarande(), inbjudna);
    }
}
