package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.core.ersattning.Radtyp.CHECKBELOPP;
import static se.kundval.ersattning.Testmiljo.ADMIN;
import static se.kundval.ersattning.Testmiljo.ADMIN2;
import static se.kundval.ersattning.Testmiljo.HANDLAGGARE;
import static se.kundval.ersattning.Testmiljo.betala;
import static se.kundval.ersattning.Testmiljo.manad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;
import se.kundval.testsupport.Testdatabas;

/**
 * Four-eyes prices (DOMAIN §12, decision 0221), with the test clock on 2026-11-18: a price applies
 * only once a second administratör has approved it, until then the underlag is paid at the old one;
 * what has not yet applied can be withdrawn; a wrong price is corrected by a new row, the old kept;
 * no row may change a month that has passed.
 */
class PrisgodkannandeTest {

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettNyttPrisGallerForstNarEnAnnanAdministratorHarGodkantDet(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        m.spara(m.insats("I-FYRA", "AMI2", LocalDate.of(2026, 6, 1), 12));
        ReferensdataService referensdata = Testmiljo.referensdata();
        Pris pris = referensdata.foreslaPris(ADMIN, nytt(m, LocalDate.of(2026, 12, 1), "5400"));
        assertEquals(Prisstatus.FORESLAGEN, pris.getStatus());
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-FYRA", manad(2026, 12)), "a proposal pays nothing new");

        KundvalException egen = assertThrows(KundvalException.class, () -> referensdata.godkannPris(ADMIN, pris.getId()));
        assertTrue(egen.getMessage().contains("annan administratör"), egen.getMessage());
        // issue 10: the refusal names the type as the prislista does, not by its code
        assertTrue(egen.getMessage().startsWith("Du föreslog själv priset för " + m.typ("AMI2").getNamn() + " från 2026-12-01"),
                egen.getMessage());
        assertThrows(AtkomstNekadException.class, () -> referensdata.godkannPris(HANDLAGGARE, pris.getId()));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-FYRA", manad(2026, 12)));

        Pris godkant = referensdata.godkannPris(ADMIN2, pris.getId());
        assertEquals(Prisstatus.GODKAND, godkant.getStatus());
        assertEquals("admin", godkant.getForeslagenAv());
        assertEquals("admin2", godkant.getGodkandAv());
        assertEquals(List.of(betala(CHECKBELOPP, "5400.00")), m.rader("I-FYRA", manad(2026, 12)));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-FYRA", manad(2026, 11)), "the month before keeps its price");
        assertThrows(KundvalException.class, () -> referensdata.godkannPris(ADMIN2, pris.getId()), "approved once only");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettPrisSomInteHarBorjatGallaKanAterkallasMenInteEttSomGaller(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        m.spara(m.insats("I-ATER", "AMI2", LocalDate.of(2026, 6, 1), 12));
        ReferensdataService referensdata = Testmiljo.referensdata();
        Pris kommande = referensdata.foreslaPris(ADMIN, nytt(m, LocalDate.of(2027, 1, 1), "5600"));
        referensdata.godkannPris(ADMIN2, kommande.getId());
        assertEquals(List.of(betala(CHECKBELOPP, "5600.00")), m.rader("I-ATER", manad(2027, 1)));

        Pris aterkallat = referensdata.aterkallaPris(ADMIN, kommande.getId());
        assertEquals(Prisstatus.ATERKALLAD, aterkallat.getStatus());
        assertEquals("admin", aterkallat.getAterkalladAv());
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-ATER", manad(2027, 1)));
        assertTrue(referensdata.prislista(ADMIN).stream().anyMatch(p -> p.getId().equals(kommande.getId())
                && p.getStatus() == Prisstatus.ATERKALLAD), "the withdrawn row stays in the prislista's history");

        Pris forslag = referensdata.foreslaPris(ADMIN, nytt(m, LocalDate.of(2027, 2, 1), "5700"));
        referensdata.aterkallaPris(ADMIN2, forslag.getId());
        assertThrows(KundvalException.class, () -> referensdata.godkannPris(ADMIN2, forslag.getId()), "a withdrawn proposal");

        Pris galler = referensdata.prisPa("AMI2", LocalDate.of(2026, 11, 18)).orElseThrow();
        KundvalException iKraft = assertThrows(KundvalException.class, () -> referensdata.aterkallaPris(ADMIN, galler.getId()),
                "in force: corrected, not withdrawn");
        assertTrue(iKraft.getMessage().startsWith("Priset för " + m.typ("AMI2").getNamn() + " från "), iKraft.getMessage());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettFelPrisRattasMedEnNyRadOchEttPrisForEnPasseradManadVagras(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        m.spara(m.insats("I-RATT", "AMI2", LocalDate.of(2026, 6, 1), 12));
        m.laggTillPris("AMI2", LocalDate.of(2026, 11, 1), "5500", "20000");
        assertEquals(List.of(betala(CHECKBELOPP, "5500.00")), m.rader("I-RATT", manad(2026, 11)));
        ReferensdataService referensdata = Testmiljo.referensdata();

        Pris rattelse = referensdata.foreslaPris(ADMIN, nytt(m, LocalDate.of(2026, 11, 1), "5250"));
        referensdata.godkannPris(ADMIN2, rattelse.getId());
        assertEquals(List.of(betala(CHECKBELOPP, "5250.00")), m.rader("I-RATT", manad(2026, 11)), "the correction applies");
        assertEquals(2, referensdata.prislista(ADMIN).stream().filter(p -> p.getInsatstyp().getKod().equals("AMI2")
                && p.getGiltigFran().equals(LocalDate.of(2026, 11, 1)) && p.getStatus() == Prisstatus.GODKAND).count(),
                "the wrong row is kept, not edited");
        assertEquals(1, referensdata.priser().stream().filter(p -> p.getInsatstyp().getKod().equals("AMI2")
                && p.getGiltigFran().equals(LocalDate.of(2026, 11, 1))).count());

        ValideringException passerad = assertThrows(ValideringException.class,
                () -> referensdata.foreslaPris(ADMIN, nytt(m, LocalDate.of(2026, 10, 1), "4000")));
        assertTrue(passerad.getMessage().contains("2026-11-01"), passerad.getMessage());
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-RATT", manad(2026, 10)));
        KundvalException iPlats = assertThrows(KundvalException.class, () -> referensdata.foreslaPris(ADMIN, rattelse));
        assertTrue(iPlats.getMessage().contains("ny rad"), iPlats.getMessage());
    }

    private static Pris nytt(Testmiljo m, LocalDate fran, String checkbelopp) {
        Pris pris = KundvalFactory.eINSTANCE.createPris();
        pris.setInsatstyp(m.typ("AMI2"));
        pris.setGiltigFran(fran);
        pris.setCheckbelopp(new BigDecimal(checkbelopp));
        pris.setBonus(new BigDecimal("20000"));
        return pris;
    }
}
