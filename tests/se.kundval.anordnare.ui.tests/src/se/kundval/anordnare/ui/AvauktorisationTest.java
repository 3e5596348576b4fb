package se.kundval.anordnare.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.KundvalFactory;
import se.kundval.model.regler.Auktorisationer;

/** DOMAIN §2: which anordnare the register flags for avauktorisation. */
class AvauktorisationTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    private static Anordnare auktoriserad(LocalDate fran, LocalDate till) {
        Anordnare a = KundvalFactory.eINSTANCE.createAnordnare();
        Auktorisation au = KundvalFactory.eINSTANCE.createAuktorisation();
        au.setFran(fran);
        au.setTill(till);
        a.getAuktorisationer().add(au);
        return a;
    }

    @Test
    void ingenInsatsPaTolvManaderFlaggas() {
        Anordnare a = auktoriserad(LocalDate.of(2020, 1, 1), null);
        assertTrue(Auktorisationer.flaggadForAvauktorisation(a, null, IDAG), "never an insats");
        assertTrue(Auktorisationer.flaggadForAvauktorisation(a, LocalDate.of(2025, 11, 22), IDAG), "the last one twelve months and a day ago");
    }

    @Test
    void enInsatsInomTolvManaderRacker() {
        Anordnare a = auktoriserad(LocalDate.of(2020, 1, 1), null);
        assertFalse(Auktorisationer.flaggadForAvauktorisation(a, LocalDate.of(2025, 11, 23), IDAG), "exactly twelve months ago");
        assertFalse(Auktorisationer.flaggadForAvauktorisation(a, LocalDate.of(2026, 10, 1), IDAG));
    }

    @Test
    void nyAnordnareOchAvslutadAuktorisationFlaggasInte() {
        assertFalse(Auktorisationer.flaggadForAvauktorisation(auktoriserad(LocalDate.of(2026, 3, 1), null), null, IDAG),
                "authorised less than twelve months ago");
        assertFalse(Auktorisationer.flaggadForAvauktorisation(auktoriserad(LocalDate.of(2016, 1, 1), LocalDate.of(2024, 6, 30)), null,
                IDAG), "already out of the kundval");
        assertFalse(Auktorisationer.flaggadForAvauktorisation(KundvalFactory.eINSTANCE.createAnordnare(), null, IDAG), "no auktorisation");
    }
}
