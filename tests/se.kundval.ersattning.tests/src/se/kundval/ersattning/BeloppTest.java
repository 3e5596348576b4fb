package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The arithmetic under the engine: days of a period in a month and rounding half up to öre. */
class BeloppTest {

    private static final BigDecimal PRIS = new BigDecimal("3800");

    @Test
    void dagarIManaden() {
        YearMonth februari = YearMonth.of(2024, 2);
        assertEquals(29, Belopp.dagarI(februari, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 14)));
        assertEquals(1, Belopp.dagarI(februari, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 1)));
        assertEquals(0, Belopp.dagarI(februari, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)));
        assertEquals(0, Belopp.dagarI(februari, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 1, 31)));
    }

    @Test
    void checkbeloppAvrundasHalvtUppanTillOre() {
        YearMonth januari = YearMonth.of(2024, 1);
        // 3 800 × 1 / 31 = 122.5806... -> 122.58
        assertEquals(new BigDecimal("122.58"), Belopp.forManad(PRIS, januari, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 4, 29)));
        // 3 800 × 8 / 31 = 980.6451... -> 980.65
        assertEquals(new BigDecimal("980.65"), Belopp.forManad(PRIS, januari, LocalDate.of(2024, 1, 24), LocalDate.of(2024, 4, 23)));
        // exactly half an öre rounds up (HALF_DOWN would give 122.87, HALF_EVEN 1 843.12):
        // 3 686.25 × 1 / 30 = 122.875 -> 122.88; 3 686.25 × 14 / 28 = 1 843.125 -> 1 843.13
        BigDecimal medOre = new BigDecimal("3686.25");
        assertEquals(new BigDecimal("122.88"), Belopp.forManad(medOre, YearMonth.of(2024, 4), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 6, 1)));
        assertEquals(new BigDecimal("1843.13"), Belopp.forManad(medOre, YearMonth.of(2023, 2), LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 1)));
        assertEquals(new BigDecimal("1843.13"), Belopp.ore(medOre.multiply(Belopp.HALV)));
        assertEquals(new BigDecimal("0.00"), Belopp.forManad(PRIS, januari, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30)));
    }
}
