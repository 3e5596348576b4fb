package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Swedish number and date formatting in documents (grouped, non-breaking) and CSV (plain). */
class SvenskformatTest {

    private static final String NBSP = "\u00a0";

    @Test
    void talMedDecimalkommaOchTusentalsavstand() {
        Kolumn decimal = Kolumn.decimal("x", 1);
        assertEquals("1" + NBSP + "234,5", Svenskformat.text(decimal, new BigDecimal("1234.45"), true));
        assertEquals("1234,5", Svenskformat.text(decimal, new BigDecimal("1234.45"), false));
        assertEquals("-0,5", Svenskformat.text(decimal, new BigDecimal("-0.45"), false));
        assertEquals("1" + NBSP + "234" + NBSP + "567,89", Svenskformat.text(Kolumn.belopp("kr"), new BigDecimal("1234567.885"), true));
        assertEquals("12", Svenskformat.text(Kolumn.heltal("n"), 12, true));
    }

    @Test
    void andelSomProcentMedEnDecimal() {
        // 3 of 8 = 0.375 → 37,5 %
        assertEquals("37,5 %", Svenskformat.text(Kolumn.andel("a"), new BigDecimal("0.3750"), false));
        assertEquals("37,5" + NBSP + "%", Svenskformat.text(Kolumn.andel("a"), new BigDecimal("0.3750"), true));
        assertEquals("66,7 %", Svenskformat.text(Kolumn.andel("a"), new BigDecimal("0.6667"), false));
    }

    @Test
    void osakertVardeMarkeras() {
        assertEquals("3 *", Svenskformat.text(Kolumn.heltal("n"), new Osakert(3), false));
        assertEquals("", Svenskformat.text(Kolumn.heltal("n"), new Osakert(null), false), "nothing to mark");
    }

    @Test
    void datumOchTomtVarde() {
        assertEquals("2024-03-01", Svenskformat.text(Kolumn.datum("d"), LocalDate.of(2024, 3, 1), true));
        assertEquals("", Svenskformat.text(Kolumn.text("t"), null, true));
    }
}
