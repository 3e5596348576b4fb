package se.kundval.insatstyp.samhallsorientering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Rapportdelsregister;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Rapportunderlag;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.testsupport.Tjanster;

/** DOMAIN §7/§10: the samhällsorientering section per expert, over the courses started in the period. */
class KursrapportTest {

    private static final LocalDate FRAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate TILL = LocalDate.of(2024, 12, 31);

    private static Insats kurs(Anordnare expert, LocalDate anmalan, LocalDate start, LocalDate slut, Boolean avbrott) {
        Kursdeltagande k = SamhallsorienteringFactory.eINSTANCE.createKursdeltagande();
        k.setAnmalningsdatum(anmalan);
        k.setKursstart(start);
        k.setKursslut(slut);
        k.setAvbrott(avbrott);
        Insats i = KundvalFactory.eINSTANCE.createInsats();
        i.setAnordnare(expert);
        i.setStartdatum(anmalan);
        i.setTypdata(k);
        return i;
    }

    private static Anordnare expert(String orgnr) {
        Anordnare a = KundvalFactory.eINSTANCE.createAnordnare();
        a.setOrgnr(orgnr);
        return a;
    }

    @Test
    void kurserSomStartatIPeriodenPerExpert() {
        Anordnare disa = expert("5560000001");
        Anordnare lara = expert("5560000002");
        List<Insats> insatser = new ArrayList<>();
        // Disa: three completed courses (10, 14 and 21 days to start; 49, 56 and 70 days long),
        // one interrupted (avbrott), one still running, one started in 2023 (outside the period)
        insatser.add(kurs(disa, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 4), false));
        insatser.add(kurs(disa, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 15), LocalDate.of(2024, 4, 11), false));
        insatser.add(kurs(disa, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 22), LocalDate.of(2024, 5, 31), false));
        insatser.add(kurs(disa, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 8), null, true));
        insatser.add(kurs(disa, LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 2), null, false));
        insatser.add(kurs(disa, LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 20), LocalDate.of(2024, 2, 1), false));
        // Lära: one course, 30 days to start
        insatser.add(kurs(lara, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 7, 12), false));
        insatser.add(KundvalFactory.eINSTANCE.createInsats());

        Rapportsektion s = new Kursrapport().berakna(new Rapportunderlag(FRAN, TILL, insatser, null));
        assertEquals("samhallsorientering", s.nyckel());
        Map<String, Object> d = s.rader().get("5560000001");
        assertEquals(5, d.get("deltagare"));
        // to start: 10 + 14 + 21 + 7 + 12 = 64 over 5 = 12.8
        assertEquals(new BigDecimal("12.8"), d.get("snitt_dagar_till_start"));
        // completed without avbrott: 49 + 56 + 70 = 175 over 3 = 58.3
        assertEquals(new BigDecimal("58.3"), d.get("snitt_genomforandedagar"));
        assertEquals(1, d.get("avbrott"));
        assertEquals(new BigDecimal("0.2000"), d.get("andel_avbrott"));
        assertEquals(false, d.get("osaker"));

        Map<String, Object> l = s.rader().get("5560000002");
        assertEquals(1, l.get("deltagare"));
        assertEquals(new BigDecimal("30.0"), l.get("snitt_dagar_till_start"));
        assertEquals(true, l.get("osaker"), "one participant is fewer than five");
        assertEquals(2, s.rader().size());
    }

    @Test
    void utanGenomfordaKurserArSnittetTomt() {
        Anordnare disa = expert("5560000001");
        Rapportsektion s = new Kursrapport().berakna(new Rapportunderlag(FRAN, TILL,
                List.of(kurs(disa, null, LocalDate.of(2024, 6, 3), null, null)), null));
        assertNull(s.rader().get("5560000001").get("snitt_genomforandedagar"));
        assertNull(s.rader().get("5560000001").get("snitt_dagar_till_start"));
    }

    @Test
    void sektionenBidrarGenomRapportdelar() {
        Tjanster.starta("se.kundval.core");
        assertTrue(Tjanster.hamta(Rapportdelsregister.class).delar().stream().anyMatch(d -> d instanceof Kursrapport));
    }
}
