package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Roll;

/** DOMAIN §1: what each role may do. */
class RattigheterTest {

    private static Inloggning som(Roll roll) {
        return new Inloggning("u", "U", roll, roll == Roll.ANORDNARE ? "5560360793" : null);
    }

    @Test
    void barahandlaggareBeviljarOchBedomer() {
        assertTrue(som(Roll.HANDLAGGARE).har(Rattighet.BEVILJA_INSATS));
        assertTrue(som(Roll.HANDLAGGARE).har(Rattighet.BEDOMA_AVSLUT));
        for (Roll roll : new Roll[] {Roll.KARRIARVAGLEDARE, Roll.ANORDNARE, Roll.KVALITETSUTVECKLARE}) {
            assertFalse(som(roll).har(Rattighet.BEVILJA_INSATS), roll.name());
            assertFalse(som(roll).har(Rattighet.BEDOMA_AVSLUT), roll.name());
        }
    }

    @Test
    void anordnareRapporterarMenSerInteFullaPersonnummer() {
        Inloggning anordnare = som(Roll.ANORDNARE);
        assertTrue(anordnare.har(Rattighet.RAPPORTERA_SOM_ANORDNARE));
        assertFalse(anordnare.har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER));
        assertTrue(anordnare.begransadTillAnordnare());
        assertThrows(AtkomstNekadException.class, () -> anordnare.kraver(Rattighet.KORA_ERSATTNING));
    }

    @Test
    void karriarvagledareGranskarManadsrapporter() {
        assertTrue(som(Roll.KARRIARVAGLEDARE).har(Rattighet.GRANSKA_MANADSRAPPORT));
        assertTrue(som(Roll.KARRIARVAGLEDARE).har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER));
        assertFalse(som(Roll.KARRIARVAGLEDARE).har(Rattighet.ADMINISTRERA_PRISLISTA));
    }

    @Test
    void kvalitetsutvecklareHanterarKvalitetMenRedigerarInteKunder() {
        assertTrue(som(Roll.KVALITETSUTVECKLARE).har(Rattighet.HANTERA_KVALITET));
        assertFalse(som(Roll.KVALITETSUTVECKLARE).har(Rattighet.REDIGERA_KUNDER));
        assertFalse(som(Roll.KVALITETSUTVECKLARE).har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER));
    }

    /** Separation of duties (DOMAIN §1, §12): no myndighetsutövning, everything else. */
    @Test
    void administratorenFarAlltUtomMyndighetsutovningLoggkontrollOchSkydd() {
        for (Rattighet r : Rattighet.values()) {
            boolean myndighetsutovning = r == Rattighet.BEVILJA_INSATS || r == Rattighet.BEDOMA_AVSLUT;
            boolean annansUppgift = r == Rattighet.GRANSKA_ATKOMSTLOGG || r == Rattighet.MARKERA_SKYDDAD;
            assertEquals(!myndighetsutovning && !annansUppgift, som(Roll.ADMINISTRATOR).har(r), r.name());
        }
        assertThrows(AtkomstNekadException.class, () -> som(Roll.ADMINISTRATOR).kraver(Rattighet.BEVILJA_INSATS));
        assertThrows(AtkomstNekadException.class, () -> som(Roll.ADMINISTRATOR).kraver(Rattighet.BEDOMA_AVSLUT));
    }

    @Test
    void loggranskarenGranskarBaraLoggen() {
        for (Rattighet r : Rattighet.values()) {
            assertEquals(r == Rattighet.GRANSKA_ATKOMSTLOGG, som(Roll.LOGGRANSKARE).har(r), r.name());
        }
    }

    @Test
    void anordnaranvandareMasteHaOrgnr() {
        assertThrows(IllegalArgumentException.class, () -> new Inloggning("a", "A", Roll.ANORDNARE, " "));
    }

    /** Issue 10: a refusal reads in words, not "saknar behörighet: BEVILJA_INSATS". */
    @Test
    void enVagranNamnerRattighetenIOrd() {
        assertEquals("u saknar beh\u00f6righet att besluta om insatser.",
                assertThrows(AtkomstNekadException.class, () -> som(Roll.KARRIARVAGLEDARE).kraver(Rattighet.BEVILJA_INSATS)).getMessage());
        for (Rattighet r : Rattighet.values()) {
            String text = new AtkomstNekadException(som(Roll.ANORDNARE), r).getMessage();
            assertFalse(text.matches(".*\\b[A-Z]{2,}(_[A-Z]+)*\\b.*"), "a code in the refusal: " + text);
        }
    }
}
