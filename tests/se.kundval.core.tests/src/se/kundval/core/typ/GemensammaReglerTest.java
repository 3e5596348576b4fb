package se.kundval.core.typ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.typ.Regelutfall.Utfall;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/** The rules every type shares: one kund that passes and one that fails each. */
class GemensammaReglerTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final LocalDate BESLUT = LocalDate.of(2024, 6, 3);
    private static final LocalDate START = LocalDate.of(2024, 6, 10);

    private static Kund kund(String personnummer, String kommun) {
        Kund kund = F.createKund();
        kund.setPersonnummer(personnummer);
        kund.setKommun(kommun);
        return kund;
    }

    private static Behorighetsunderlag underlag(Kund kund, Insats... insatser) {
        return new Behorighetsunderlag(kund, BESLUT, START, List.of(insatser), "Nacka");
    }

    @Test
    void alder18Till65PaBeslutsdagen() {
        // born 2006-06-03: 18 on the day of the beslut
        assertEquals(Utfall.GODKAND, GemensammaRegler.alder(underlag(kund("200606031235", "Nacka"))).utfall());
        // born 2006-06-04: still 17
        Regelutfall ung = GemensammaRegler.alder(underlag(kund("200606041234", "Nacka")));
        assertEquals(Utfall.UNDERKAND, ung.utfall());
        assertTrue(ung.skal().contains("17"), ung.skal());
        // born 1958-06-04: 65 until 2024-06-04, so still 65; born 1958-06-03: 66
        assertEquals(Utfall.GODKAND, GemensammaRegler.alder(underlag(kund("195806041231", "Nacka"))).utfall());
        assertEquals(Utfall.UNDERKAND, GemensammaRegler.alder(underlag(kund("195806031232", "Nacka"))).utfall());
    }

    @Test
    void folkbokfordIKommunen() {
        assertEquals(Utfall.GODKAND, GemensammaRegler.folkbokford(underlag(kund("198503121231", "nacka "))).utfall());
        Regelutfall annan = GemensammaRegler.folkbokford(underlag(kund("198503121231", "Värmdö")));
        assertEquals(Utfall.UNDERKAND, annan.utfall());
        assertTrue(annan.skal().contains("Värmdö"), annan.skal());
        assertEquals(Utfall.UNDERKAND, GemensammaRegler.folkbokford(underlag(kund("198503121231", null))).utfall());
    }

    @Test
    void overlappandeInsatsGerVarning() {
        Kund kund = kund("198503121231", "Nacka");
        // AMI2 from 2024-01-15 for 12 months runs to 2025-01-14: overlaps a start on 2024-06-10
        Insats pagaende = insats("I-1", LocalDate.of(2024, 1, 15), 12);
        // ended 2024-04-14
        Insats tidigare = insats("I-2", LocalDate.of(2024, 1, 15), 3);
        LocalDate planeratSlut = LocalDate.of(2024, 9, 9);
        assertEquals(Utfall.GODKAND, GemensammaRegler.overlappandeInsatser(underlag(kund, tidigare), planeratSlut).utfall());
        Regelutfall overlapp = GemensammaRegler.overlappandeInsatser(underlag(kund, tidigare, pagaende), planeratSlut);
        assertEquals(Utfall.VARNING, overlapp.utfall());
        assertTrue(overlapp.skal().contains("I-1 (AMI2)") && !overlapp.skal().contains("I-2"), overlapp.skal());
        assertEquals(3, GemensammaRegler.prova(underlag(kund), planeratSlut).size());
    }

    private static Insats insats(String id, LocalDate start, int langd) {
        Insatstyp typ = F.createInsatstyp();
        typ.setKod("AMI2");
        Insats insats = F.createInsats();
        insats.setInsatsId(id);
        insats.setInsatstyp(typ);
        insats.setStartdatum(start);
        insats.setLangdManader(langd);
        return insats;
    }
}
