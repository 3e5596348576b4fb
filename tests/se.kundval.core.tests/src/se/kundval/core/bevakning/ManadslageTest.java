package se.kundval.core.bevakning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.bevakning.Manadslage.Lage;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;

/**
 * The months of an insats as the workbench's månadsrapporter tab and the portal both show them: one
 * per calendar month the insats was active up to today, a missing report seen as such (DOMAIN §8:
 * due the 10th of the next month), late after that.
 */
class ManadslageTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private static Insats insats(LocalDate start, int manader) {
        Insats i = F.createInsats();
        i.setInsatsId("I-1");
        i.setStartdatum(start);
        i.setLangdManader(manader);
        return i;
    }

    private static Manadsrapport rapport(Insats insats, YearMonth period, Manadsrapportstatus status) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setStatus(status);
        insats.getManadsrapporter().add(r);
        return r;
    }

    private static List<Lage> lagen(Insats insats, LocalDate idag) {
        return Manadslage.under(insats, idag).stream().map(Manadslage::lage).toList();
    }

    @Test
    void varjeManadFranStartTillIdagMedSittLage() {
        Insats i = insats(LocalDate.of(2025, 1, 15), 12);
        rapport(i, YearMonth.of(2025, 1), Manadsrapportstatus.GODKAND);
        rapport(i, YearMonth.of(2025, 3), Manadsrapportstatus.KOMPLETTERING_BEGARD);
        List<Manadslage> rader = Manadslage.under(i, LocalDate.of(2025, 5, 7));
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4),
                YearMonth.of(2025, 5)), rader.stream().map(Manadslage::period).toList());
        assertEquals(List.of(Lage.GODKAND, Lage.SAKNAS, Lage.KOMPLETTERING_BEGARD, Lage.ATT_LAMNA, Lage.PAGAR),
                rader.stream().map(Manadslage::lage).toList());
        assertEquals(LocalDate.of(2025, 5, 10), rader.get(3).senast(), "April is due on the 10th of May");
        assertEquals(LocalDate.of(2025, 5, 31), rader.get(4).kanLamnas());
        assertFalse(rader.get(0).kanLamnasInEllerRattas(), "an approved report is final");
        assertTrue(rader.get(2).kanLamnasIn(), "a report sent back is filed again");
        assertFalse(rader.get(4).kanLamnasInEllerRattas(), "the running month");
    }

    @Test
    void enManadBlirSaknadDagenEfterSinSistaDag() {
        Insats i = insats(LocalDate.of(2025, 1, 1), 3);
        assertEquals(Lage.ATT_LAMNA, lagen(i, LocalDate.of(2025, 2, 10)).get(0));
        assertEquals(Lage.SAKNAS, lagen(i, LocalDate.of(2025, 2, 11)).get(0));
    }

    @Test
    void enInlamnadRapportVantarPaGranskningMenFarRattasIArbetsbanken() {
        Insats i = insats(LocalDate.of(2026, 9, 1), 12);
        Manadsrapport oktober = rapport(i, YearMonth.of(2026, 10), Manadsrapportstatus.INLAMNAD);
        oktober.setInlamnad(LocalDate.of(2026, 11, 12));
        Manadslage rad = Manadslage.under(i, LocalDate.of(2026, 11, 18)).get(1);
        assertTrue(rad.inlamnadSent(), "filed after the 10th");
        assertFalse(rad.kanLamnasIn(), "the portal: a filed report waits for its review");
        assertTrue(rad.kanLamnasInEllerRattas(), "the workbench: a report not yet reviewed may be corrected");
        oktober.setInlamnad(LocalDate.of(2026, 11, 10));
        assertFalse(Manadslage.under(i, LocalDate.of(2026, 11, 18)).get(1).inlamnadSent(), "the 10th is in time");
    }

    @Test
    void efterAvslutetSlutarRadernaIAvslutsmanadenSomKanLamnasFranAvslutet() {
        Insats i = insats(LocalDate.of(2025, 1, 1), 12);
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(LocalDate.of(2025, 3, 12));
        a.setAvslutsorsak(Avslutsorsak.ARBETE);
        i.setAvslut(a);
        List<Manadslage> rader = Manadslage.under(i, LocalDate.of(2025, 3, 20));
        assertEquals(3, rader.size());
        assertEquals(LocalDate.of(2025, 3, 12), rader.get(2).kanLamnas());
        assertEquals(Lage.ATT_LAMNA, rader.get(2).lage(), "the insats ended on the 12th: its last month can be filed");
    }

    @Test
    void enInsatsSomInteHarBorjatHarIngaRader() {
        assertTrue(Manadslage.under(insats(LocalDate.of(2025, 6, 1), 3), LocalDate.of(2025, 5, 20)).isEmpty());
    }
}
