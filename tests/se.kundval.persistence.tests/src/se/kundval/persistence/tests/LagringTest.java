package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Omrade;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.persistence.internal.Sessionskalla;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.Revision;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.persistence.internal.orm.OforanderligException;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** Every entity saved and read back, conflicts and append-only rules, on H2 and on PostgreSQL. */
class LagringTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    /** Beslut and bedömningar are the handläggare's (DOMAIN §12, separation of duties). */
    private static final Inloggning HL = new Inloggning("hl1", "Hanna", Roll.HANDLAGGARE, null);

    private static Databas databas;
    private static ReferensdataService referensdata;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    private static Insatstyp anslut(Testdatabas typ) {
        databas.anslut(typ.ny());
        assertTrue(databas.arTom());
        return referensdata.insatstyp("TEST1").orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void pluginetsTyperOchPriserRegistreras(Testdatabas typ) {
        Insatstyp test1 = anslut(typ);
        assertEquals("Testinsats", test1.getNamn());
        assertEquals("TESTKV", test1.getKundval().getKod());
        assertEquals(1, test1.getNiva().getNummer());
        assertEquals(3, test1.getLangdManader());
        List<Pris> priser = referensdata.priser();
        assertEquals(2, priser.size());
        assertEquals(0, Testdata.kr("1200").compareTo(referensdata.prisPa("TEST1", LocalDate.of(2024, 5, 1)).orElseThrow().getCheckbelopp()));
        assertEquals(0, Testdata.kr("1000").compareTo(referensdata.prisPa("TEST1", LocalDate.of(2023, 12, 31)).orElseThrow().getCheckbelopp()));
        // a second connection neither duplicates the type nor re-enters prices the administrator may have changed
        databas.anslut(databas.anslutning());
        assertEquals(1, referensdata.insatstyper().stream().filter(t -> t.getKod().equals("TEST1")).count());
        assertEquals(2, referensdata.priser().size());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void allaEntiteterSparasOchLasesTillbaka(Testdatabas typ) {
        Insatstyp test1 = anslut(typ);
        Anordnare anordnare = Testdata.anordnare(test1);
        Tjanster.hamta(AnordnareService.class).spara(ADMIN, anordnare);
        Likhet.assertLika(anordnare, Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(ADMIN, "5560360793").orElseThrow());

        AnvandareService anvandare = Tjanster.hamta(AnvandareService.class);
        anvandare.spara(ADMIN, Testdata.anvandare(), "hemligt".toCharArray());
        Inloggning inloggad = anvandare.loggaIn("anordnare1", "hemligt".toCharArray()).orElseThrow();
        assertEquals(Roll.ANORDNARE, inloggad.roll());
        assertEquals("5560360793", inloggad.orgnr());
        assertTrue(anvandare.loggaIn("anordnare1", "fel".toCharArray()).isEmpty());

        Kund kund = Testdata.kund("K-1", "198112189876");
        KundService kunder = Tjanster.hamta(KundService.class);
        kunder.spara(ADMIN, kund);
        Kund laddadKund = kunder.hamta(ADMIN, kund.getId());
        Likhet.assertLika(kund, laddadKund);
        assertEquals(LocalDate.of(1981, 12, 18), laddadKund.getFodelsedatum());

        Insats insats = Testdata.insats(kund, anordnare, test1);
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        insatser.spara(HL, insats);
        assertNotNull(insats.getAvslut().getBedomningar().get(1).getId());
        Insats laddad = insatser.hamta(ADMIN, insats.getId());
        Likhet.assertLika(insats, laddad);
        assertEquals(2, laddad.getManadsrapporter().size());
        assertEquals(laddad, laddad.getAvslut().getInsats());
        List<Insats> kundensInsatser = insatser.forKund(ADMIN, kund.getId());
        assertEquals(1, kundensInsatser.size());
        Likhet.assertLika(laddad, kundensInsatser.get(0));

        Sessionskalla s = Tjanster.hamta(Sessionskalla.class);
        Enkatsvar svar = Testdata.F.createEnkatsvar();
        svar.setAnordnare(anordnare);
        svar.setAr(2024);
        svar.setRespondent("R1");
        svar.setFraga("F1");
        svar.setOmrade(Omrade.DELAKTIGHET);
        svar.setSvar(4);
        Enkatutskick utskick = Testdata.F.createEnkatutskick();
        utskick.setAnordnare(anordnare);
        utskick.setAr(2024);
        utskick.setAntal(12);
        Tillsyn tillsyn = Testdata.F.createTillsyn();
        tillsyn.setAnordnare(anordnare);
        tillsyn.setAr(2024);
        Tillsynspunkt punkt = Testdata.F.createTillsynspunkt();
        punkt.setKrav("Genomförandeplan finns för varje kund");
        punkt.setDel(Tillsynsdel.B);
        punkt.setUppfyllnadsgrad(Uppfyllnadsgrad.DELVIS);
        punkt.setAtgard("Upprätta planer");
        punkt.setDeadline(LocalDate.of(2024, 12, 1));
        tillsyn.getPunkter().add(punkt);
        Granskningshandelse handelse = Testdata.F.createGranskningshandelse();
        handelse.setTidpunkt(LocalDateTime.of(2024, 7, 11, 9, 30, 1));
        handelse.setAnvandare("hl1");
        handelse.setHandelse("AVSLUTSBEDOMNING");
        handelse.setObjekttyp("Insats");
        handelse.setObjektId(insats.getId());
        handelse.setDetaljer("lyckat=J");
        for (var o : List.of(svar, utskick, tillsyn, handelse)) {
            s.iTillstandslosTransaktion(ss -> s.aggregat().spara(ss, o, new Revision("admin", LocalDateTime.of(2024, 7, 11, 9, 31), null, null)));
        }
        Likhet.assertLika(svar, s.lasa(x -> Aggregatlager.medId(x, Enkatsvar.class, svar.getId())));
        Likhet.assertLika(utskick, s.lasa(x -> Aggregatlager.medId(x, Enkatutskick.class, utskick.getId())));
        Likhet.assertLika(handelse, s.lasa(x -> Aggregatlager.medId(x, Granskningshandelse.class, handelse.getId())));
        Tillsyn laddadTillsyn = s.lasa(x -> {
            Tillsyn t = Aggregatlager.medId(x, Tillsyn.class, tillsyn.getId());
            s.aggregat().fyll(x, List.of(t), Hamtplan.ALLT);
            return t;
        });
        Likhet.assertLika(tillsyn, laddadTillsyn);
        assertFalse(databas.arTom());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void tvaSamtidigaAndringarGerKonfliktOchIngetSkrivs(Testdatabas typ) {
        anslut(typ);
        KundService kunder = Tjanster.hamta(KundService.class);
        Kund kund = Testdata.kund("K-2", "198112189876");
        kunder.spara(ADMIN, kund);
        Kund fonsterA = kunder.hamta(ADMIN, kund.getId());
        Kund fonsterB = kunder.hamta(ADMIN, kund.getId());
        fonsterA.setNamn("Namn från A");
        kunder.spara(ADMIN, fonsterA);
        long versionB = fonsterB.getVersion();
        fonsterB.setNamn("Namn från B");
        assertThrows(KonfliktException.class, () -> kunder.spara(ADMIN, fonsterB));
        assertEquals(versionB, fonsterB.getVersion(), "the failed save leaves the object as it was");
        assertEquals("Namn från B", fonsterB.getNamn(), "the user's change is kept");
        assertEquals("Namn från A", kunder.hamta(ADMIN, kund.getId()).getNamn());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void andringAvBarnIAggregatKrockarMedAnnanAndringAvSammaAggregat(Testdatabas typ) {
        Insatstyp test1 = anslut(typ);
        Insats insats = sparadInsats(test1);
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Insats a = insatser.hamta(ADMIN, insats.getId());
        Insats b = insatser.hamta(ADMIN, insats.getId());
        a.getManadsrapporter().get(0).setKommentar("A");
        insatser.spara(HL, a);
        b.getManadsrapporter().get(1).setKommentar("B");
        assertThrows(KonfliktException.class, () -> insatser.spara(HL, b));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void sparatBeslutOchBedomningKanInteAndrasEllerTasBort(Testdatabas typ) {
        Insatstyp test1 = anslut(typ);
        Insats insats = sparadInsats(test1);
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Insats andrad = insatser.hamta(ADMIN, insats.getId());
        andrad.getBeslut().get(0).setMotivering("Ändrad i efterhand");
        KundvalException fel = assertThrows(OforanderligException.class, () -> insatser.spara(HL, andrad));
        assertTrue(fel.getMessage().contains("Beslut"), fel.getMessage());

        Insats borttagen = insatser.hamta(ADMIN, insats.getId());
        borttagen.getAvslut().getBedomningar().remove(0);
        assertThrows(OforanderligException.class, () -> insatser.spara(HL, borttagen));
        assertEquals(2, insatser.hamta(ADMIN, insats.getId()).getAvslut().getBedomningar().size());

        Insats tillagd = insatser.hamta(ADMIN, insats.getId());
        tillagd.getAvslut().getBedomningar().add(Testdata.bedomning(3, true, "Rättelse"));
        insatser.spara(HL, tillagd);
        assertEquals(3, insatser.hamta(ADMIN, insats.getId()).getAvslut().getBedomningar().size());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void borttagnaBarnTasBortOchNyaFarId(Testdatabas typ) {
        Insatstyp test1 = anslut(typ);
        Insats insats = sparadInsats(test1);
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Insats laddad = insatser.hamta(ADMIN, insats.getId());
        laddad.getManadsrapporter().remove(1);
        laddad.getGenomforandeplan().getMal().clear();
        insatser.spara(HL, laddad);
        Insats igen = insatser.hamta(ADMIN, insats.getId());
        assertEquals(1, igen.getManadsrapporter().size());
        assertTrue(igen.getGenomforandeplan().getMal().isEmpty());
        Likhet.assertLika(laddad, igen);
    }

    private static Insats sparadInsats(Insatstyp typ) {
        Anordnare anordnare = Testdata.anordnare(typ);
        Tjanster.hamta(AnordnareService.class).spara(ADMIN, anordnare);
        Kund kund = Testdata.kund("K-9", "198112189876");
        Tjanster.hamta(KundService.class).spara(ADMIN, kund);
        Insats insats = Testdata.insats(kund, anordnare, typ);
        return Tjanster.hamta(InsatsService.class).spara(HL, insats);
    }
}
