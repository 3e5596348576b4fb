package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Medelvarde;
import se.kundval.core.rapport.Nki;
import se.kundval.core.rapport.Rapportperiod;

/** The report's figures at their limits: periods, the uncertainty and anonymity thresholds. */
class MattTest {

    @Test
    void arOchTertialSomFardigaPerioder() {
        assertEquals(new Rapportperiod(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 30)), Rapportperiod.tertial(2018, 1));
        assertEquals(new Rapportperiod(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 12, 31)), Rapportperiod.tertial(2018, 3));
        assertEquals(new Rapportperiod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), Rapportperiod.ar(2017));
        assertThrows(IllegalArgumentException.class, () -> Rapportperiod.tertial(2018, 4));
        assertThrows(IllegalArgumentException.class, () -> new Rapportperiod(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 31)));
        assertArrayEquals(new int[] {2023, 2024}, new Rapportperiod(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)).ar());
    }

    @Test
    void andelPaFyraPersonerArOsakerPaFemInte() {
        assertTrue(new Andel(1, 4).osaker());
        assertFalse(new Andel(1, 5).osaker());
        assertEquals(new BigDecimal("0.2500"), new Andel(1, 4).varde());
        assertEquals(new BigDecimal("0.6667"), new Andel(2, 3).varde());
        assertNull(new Andel(0, 0).varde());
        assertTrue(new Medelvarde(10, 4).osaker());
        assertFalse(new Medelvarde(10, 5).osaker());
        assertEquals(new BigDecimal("2.0"), new Medelvarde(10, 5).varde(1));
    }

    @Test
    void nkiUndertrycksUnderFemSvarande() {
        // 4 respondents answering 5 on 2 questions each: withheld however good
        Nki fyra = new Nki(4, 40, 8);
        assertTrue(fyra.undertryckt());
        assertNull(fyra.varde());
        // 5 respondents, answers summing to 41 over 10 answers: 4.10
        Nki fem = new Nki(5, 41, 10);
        assertFalse(fem.undertryckt());
        assertEquals(new BigDecimal("4.10"), fem.varde());
    }
}
