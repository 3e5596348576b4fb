package se.kundval.rapport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.kundval.core.dataskydd.Aldersband;

/**
 * A gallrad insats keeps only the lowest age of its band (decision 0210): the case-mix model must put
 * that age in the same band as the real one, for every age, or earlier reports would change.
 */
class AldersbandTest {

    @Test
    void bandetsLagstaAlderHamnarIsammaBand() {
        for (int alder = 0; alder <= 110; alder++) {
            assertEquals(Kovariater.alder(alder), Kovariater.alder(Aldersband.nedreGrans(alder)), "age " + alder);
        }
    }
}
