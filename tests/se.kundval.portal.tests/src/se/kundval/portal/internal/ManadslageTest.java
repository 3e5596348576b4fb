package se.kundval.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;

/** DOMAIN §8 as the portal marks it: the report for month M is due the 10th of M+1, late after that. */
class ManadslageTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void rapportenForOktoberArAttLamnaTillOchMedDenTionde() {
        Insats insats = insats();
        assertEquals(Manadslage.Lage.ATT_LAMNA, lage(insats, LocalDate.of(2026, 11, 10), YearMonth.of(2026, 10)));
        assertEquals(Manadslage.Lage.SAKNAS, lage(insats, LocalDate.of(2026, 11, 11), YearMonth.of(2026, 10)));
        assertEquals(Manadslage.Lage.PAGAR, lage(insats, LocalDate.of(2026, 10, 30), YearMonth.of(2026, 10)));
        assertEquals(LocalDate.of(2026, 11, 10), Manadslage.under(insats, LocalDate.of(2026, 11, 11)).get(1).senast());
    }

    @Test
    void enRapportLamnadEfterDenTiondeArSenOchEnBegardKompletteringArAttGora() {
        Insats insats = insats();
        Manadsrapport oktober = KundvalFactory.eINSTANCE.createManadsrapport();
        oktober.setPeriod(YearMonth.of(2026, 10));
        oktober.setStatus(Manadsrapportstatus.INLAMNAD);
        oktober.setInlamnad(LocalDate.of(2026, 11, 12));
        insats.getManadsrapporter().add(oktober);
        Manadslage rad = Manadslage.under(insats, LocalDate.of(2026, 11, 18)).get(1);
        assertTrue(rad.inlamnadSent());
        assertFalse(rad.kanLamnasIn(), "a filed report waits for its review");
        oktober.setInlamnad(LocalDate.of(2026, 11, 10));
        assertFalse(Manadslage.under(insats, LocalDate.of(2026, 11, 18)).get(1).inlamnadSent());
        oktober.setStatus(Manadsrapportstatus.KOMPLETTERING_BEGARD);
        assertTrue(Manadslage.under(insats, LocalDate.of(2026, 11, 18)).get(1).kanLamnasIn());
    }

    @Test
    void ettAvslutSlutarRaderna() {
        Insats insats = insats();
        se.kundval.model.Avslut avslut = KundvalFactory.eINSTANCE.createAvslut();
        avslut.setAvslutsdatum(LocalDate.of(2026, 10, 5));
        insats.setAvslut(avslut);
        List<Manadslage> rader = Manadslage.under(insats, LocalDate.of(2026, 11, 18));
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10)), rader.stream().map(Manadslage::period).toList());
        assertEquals(Manadslage.Lage.ATT_LAMNA, Manadslage.under(insats, LocalDate.of(2026, 10, 6)).get(1).lage(),
                "the month of the avslut can be reported from the avslut on");
    }

    private static Manadslage.Lage lage(Insats insats, LocalDate idag, YearMonth period) {
        return Manadslage.under(insats, idag).stream().filter(r -> r.period().equals(period)).findFirst().orElseThrow().lage();
    }

    private static Insats insats() {
        Insats insats = KundvalFactory.eINSTANCE.createInsats();
        insats.setStartdatum(START);
        insats.setLangdManader(12);
        return insats;
    }
}
