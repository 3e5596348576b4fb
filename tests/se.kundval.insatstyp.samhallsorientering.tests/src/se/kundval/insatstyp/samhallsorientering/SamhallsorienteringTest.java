package se.kundval.insatstyp.samhallsorientering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Regelutfall;
import se.kundval.core.typ.Regelutfall.Utfall;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/** Eligibility (seed 002: nyanlända, the course in the hemspråk) and måluppfyllelse (completed, no avbrott). */
class SamhallsorienteringTest {

    private final Samhallsorientering typ = new Samhallsorientering();

    private static Kund kund(String sprak, boolean etablering) {
        Kund kund = KundvalFactory.eINSTANCE.createKund();
        kund.setPersonnummer("199006152343");
        kund.setSprak(sprak);
        kund.setEtableringsprogram(etablering);
        return kund;
    }

    private List<Utfall> utfall(Kund kund) {
        Behorighetsunderlag underlag = new Behorighetsunderlag(kund, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4), List.of(), "Nacka");
        return typ.provaBehorighet(underlag).stream().map(Regelutfall::utfall).toList();
    }

    @Test
    void nyanlandMedAnnatHemsprakGodkanns() {
        assertEquals(List.of(Utfall.GODKAND, Utfall.GODKAND), utfall(kund("arabiska", true)));
    }

    @Test
    void nyanlandKontrollerasNarKundenInteArIEtableringen() {
        assertEquals(List.of(Utfall.VARNING, Utfall.GODKAND), utfall(kund("dari", false)));
    }

    @Test
    void svenskaSomModersmalUnderkannsOchOkantHemsprakVarnar() {
        assertEquals(List.of(Utfall.GODKAND, Utfall.UNDERKAND), utfall(kund("Svenska", true)));
        assertEquals(List.of(Utfall.GODKAND, Utfall.VARNING), utfall(kund(null, true)));
    }

    @Test
    void maluppfyllelseArGenomfordKursUtanAvbrott() {
        assertTrue(typ.maluppfyllelse(insats(LocalDate.of(2024, 4, 12), Boolean.FALSE), false));
        assertTrue(typ.maluppfyllelse(insats(LocalDate.of(2024, 4, 12), null), false));
        assertFalse(typ.maluppfyllelse(insats(LocalDate.of(2024, 4, 12), Boolean.TRUE), true));
        assertFalse(typ.maluppfyllelse(insats(null, null), true), "a running course is not yet completed");
        assertFalse(typ.maluppfyllelse(KundvalFactory.eINSTANCE.createInsats(), true), "no course data");
    }

    private static Insats insats(LocalDate kursslut, Boolean avbrott) {
        Kursdeltagande kurs = SamhallsorienteringFactory.eINSTANCE.createKursdeltagande();
        kurs.setKursstart(LocalDate.of(2024, 3, 4));
        kurs.setKursslut(kursslut);
        kurs.setAvbrott(avbrott);
        Insats insats = KundvalFactory.eINSTANCE.createInsats();
        insats.setTypdata(kurs);
        return insats;
    }
}
