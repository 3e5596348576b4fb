package se.kundval.uppfoljning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.bevakning.Manadslage;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.ui.Radton;

/**
 * The månadsrapporter tab marks the months that need the reader's attention (DOMAIN §8): a missing
 * report red, one sent back for completion amber, one to be filed pale; a report filed but not yet
 * reviewed may still be corrected here, unlike in the portal.
 */
class ManadsmarkeringTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    @Test
    void saknadKompletteringOchAttLamnaMarkerasResternaInte() {
        Insats i = F.createInsats();
        i.setStartdatum(LocalDate.of(2025, 1, 15));
        i.setLangdManader(12);
        rapport(i, YearMonth.of(2025, 1), Manadsrapportstatus.GODKAND);
        rapport(i, YearMonth.of(2025, 3), Manadsrapportstatus.KOMPLETTERING_BEGARD);
        rapport(i, YearMonth.of(2025, 5), Manadsrapportstatus.INLAMNAD);
        List<Manadslage> rader = Manadslage.under(i, LocalDate.of(2025, 7, 7));
        assertEquals(7, rader.size(), "January to July");
        assertNull(Rapportflik.farg(rader.get(0)), "approved");
        assertEquals(Radton.SAKNAS, Rapportflik.farg(rader.get(1)), "February is past its 10 March");
        assertEquals(Radton.VANTAR, Rapportflik.farg(rader.get(2)), "March was sent back");
        assertEquals(Radton.SAKNAS, Rapportflik.farg(rader.get(3)), "April is missing");
        assertNull(Rapportflik.farg(rader.get(4)), "May waits for its review");
        assertEquals(Radton.ATT_GORA, Rapportflik.farg(rader.get(5)), "June is due on 10 July");
        assertNull(Rapportflik.farg(rader.get(6)), "July is running");
        assertTrue(rader.get(4).kanLamnasInEllerRattas() && !rader.get(4).kanLamnasIn(), "May may be corrected here");
        assertFalse(rader.get(0).kanLamnasInEllerRattas(), "an approved report is final");
    }

    /**
     * Issue 10: the running month read "Pågår (kan lämnas från 2025-08-01)", which made the month list
     * wider than the Insats part at 1 600 points. Its status is one word; the list's Senast column
     * gives the date.
     */
    @Test
    void denPagaendeManadensStatusArEttOrd() {
        Insats i = F.createInsats();
        i.setStartdatum(LocalDate.of(2025, 1, 15));
        i.setLangdManader(12);
        List<Manadslage> rader = Manadslage.under(i, LocalDate.of(2025, 7, 7));
        assertEquals(Manadslage.Lage.PAGAR, rader.get(6).lage());
        assertEquals("P\u00e5g\u00e5r", Rapportflik.status(rader.get(6)));
        assertEquals("Saknas", Rapportflik.status(rader.get(1)));
    }

    private static void rapport(Insats insats, YearMonth period, Manadsrapportstatus status) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setStatus(status);
        insats.getManadsrapporter().add(r);
    }
}
