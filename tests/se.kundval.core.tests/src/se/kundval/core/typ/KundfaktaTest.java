package se.kundval.core.typ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import se.kundval.core.typ.Kundfakta.Sprakbehov;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/** The facts the plugins' rules share. */
class KundfaktaTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    @Test
    void alderIHelaArOchSamordningsnummer() {
        Kund kund = F.createKund();
        kund.setPersonnummer("198503121231");
        assertEquals(OptionalInt.of(38), Kundfakta.alder(kund, LocalDate.of(2024, 3, 11)));
        assertEquals(OptionalInt.of(39), Kundfakta.alder(kund, LocalDate.of(2024, 3, 12)));
        kund.setPersonnummer("fel");
        assertTrue(Kundfakta.alder(kund, LocalDate.of(2024, 3, 12)).isEmpty());
    }

    @Test
    void sfiBehovAvModersmalet() {
        Kund kund = F.createKund();
        assertEquals(Sprakbehov.OKANT, Kundfakta.sprakbehov(kund));
        kund.setSprak(" Svenska ");
        assertEquals(Sprakbehov.SVENSKA, Kundfakta.sprakbehov(kund));
        kund.setSprak("somaliska");
        assertEquals(Sprakbehov.BEHOVER_SFI, Kundfakta.sprakbehov(kund));
    }

    @Test
    void forlangdNarSlutetLiggerEfterDetForstBeviljade() {
        Insats insats = F.createInsats();
        insats.setStartdatum(LocalDate.of(2024, 1, 1));
        insats.setLangdManader(3);
        assertFalse(Kundfakta.forlangd(insats));
        Beslut forlangning = F.createBeslut();
        forlangning.setTyp(BeslutTyp.FORLANGNING);
        forlangning.setLangdManader(2);
        insats.getBeslut().add(forlangning);
        assertTrue(Kundfakta.forlangd(insats));
        assertTrue(Kundfakta.pagaende(insats, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30)));
        assertFalse(Kundfakta.pagaende(insats, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
    }
}
