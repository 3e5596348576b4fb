package se.kundval.model.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PersonnummerTest {

    @Test
    void giltigtPersonnummerGodkanns() {
        assertTrue(Personnummer.giltigt("198112189876"));
        assertEquals(LocalDate.of(1981, 12, 18), Personnummer.fodelsedatum("198112189876"));
    }

    @Test
    void felKontrollsiffraUnderkanns() {
        assertEquals(Optional.of(Personnummer.Fel.KONTROLLSIFFRA), Personnummer.kontrollera("198112189877"));
    }

    @Test
    void fel_antal_siffror_och_bokstaver_underkanns() {
        assertEquals(Optional.of(Personnummer.Fel.FORMAT), Personnummer.kontrollera("8112189876"));
        assertEquals(Optional.of(Personnummer.Fel.FORMAT), Personnummer.kontrollera("19811218-987"));
    }

    @Test
    void omojligtDatumUnderkanns() {
        String nummer = "19810230" + "123";
        nummer += Luhn.kontrollsiffra(nummer.substring(2));
        assertEquals(Optional.of(Personnummer.Fel.DATUM), Personnummer.kontrollera(nummer));
    }

    @Test
    void samordningsnummerHarDagPlus60() {
        String nummer = "19810278" + "123";
        nummer += Luhn.kontrollsiffra(nummer.substring(2));
        assertTrue(Personnummer.giltigt(nummer));
        assertTrue(Personnummer.arSamordningsnummer(nummer));
        assertEquals(LocalDate.of(1981, 2, 18), Personnummer.fodelsedatum(nummer));
    }

    @Test
    void maskeratVisarBaraFodelsedatum() {
        assertEquals("19850312-****", Personnummer.maskerat("198503121234"));
        assertEquals("19850312-1234", Personnummer.formaterat("198503121234"));
        assertNull(Personnummer.fodelsedatum("abc"));
    }

    @Test
    void organisationsnummerKontrollerasMedLuhn() {
        assertTrue(Organisationsnummer.giltigt("5560360793"));
        assertFalse(Organisationsnummer.giltigt("5560360794"));
        assertFalse(Organisationsnummer.giltigt("556036079"));
    }
}
