package se.kundval.beviljande.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.Anordnarval;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Behorighetsprovning;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.typ.Forlangningsprovning;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.Enkatsvar;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Omrade;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/** DOMAIN §4: eligibility, overrides with a written motivering, immutable audited beslut, förlängning. */
class BeviljandeTjanstTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final LocalDate BESLUT = LocalDate.of(2025, 2, 24);
    private static BeviljandeService beviljande;
    private static InsatsService insatser;
    private final Testfall testfall = new Testfall();
    private Kund kund;
    private Anordnare anordnare;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.beviljande", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024", "se.kundval.insatstyp.jobbpeng", "se.kundval.insatstyp.samhallsorientering");
        beviljande = Tjanster.hamta(BeviljandeService.class);
        insatser = Tjanster.hamta(InsatsService.class);
    }

    @BeforeEach
    void data() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        anordnare = testfall.anordnare("Steget AB", "AMI1", "AMI2");
        kund = testfall.kund("Lina Berg", LocalDate.of(1990, 4, 4));
        kund.setArbetsformaga(75);
        Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, kund);
    }

    private static Beviljande ansokan(Kund k, String typ, String orgnr, Map<String, String> undantag) {
        return new Beviljande(k.getId(), typ, orgnr, BESLUT, START, "Kunden behöver stöd mot arbete.", undantag);
    }

    @Test
    void baraTyperSomGallerPaStartdagen() {
        List<String> under2025 = beviljande.typerGiltigaPa(Testfall.HANDLAGGARE, START).stream().map(Insatstyp::getKod).toList();
        assertTrue(under2025.containsAll(List.of("AMI1", "AMI2", "ISA1", "ISA2", "FAI1", "FAI2", "SAMHALLSORIENTERING")), under2025.toString());
        assertFalse(under2025.contains("JOBBPENG_GRUND"));
        List<String> under2023 = beviljande.typerGiltigaPa(Testfall.HANDLAGGARE, LocalDate.of(2023, 5, 1)).stream()
                .map(Insatstyp::getKod).toList();
        assertTrue(under2023.containsAll(List.of("JOBBPENG_GRUND", "JOBBPENG_FORSTARKT", "SAI")));
        assertFalse(under2023.contains("AMI1"));
    }

    @Test
    void provningenGerGemensammaReglerOchTypensEgna() {
        Behorighetsprovning ami1 = beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "AMI1", BESLUT, START);
        assertEquals(LocalDate.of(2025, 6, 2), ami1.planeratSlut());
        List<String> regler = ami1.utfall().stream().map(Regelutfall::regel).toList();
        assertEquals(List.of("ALDER", "FOLKBOKFORING", "OVERLAPPANDE_INSATS"), regler.subList(0, 3));
        assertEquals(1, ami1.underkanda().size(), "AMI1 needs full arbetsförmåga; the kund has 75 %");
        assertTrue(beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "AMI2", BESLUT, START).underkanda().isEmpty());
        assertThrows(KundvalException.class, () -> beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "JOBBPENG_GRUND", BESLUT, START));
    }

    @Test
    void underkandRegelKraverSkriftligMotiveringOchIngentingSkrivsUtan() {
        KundvalException fel = assertThrows(KundvalException.class,
                () -> beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI1", anordnare.getOrgnr(), Map.of())));
        assertTrue(fel.getMessage().contains("motivering"), fel.getMessage());
        assertTrue(insatser.forKund(Testfall.ADMIN, kund.getId()).isEmpty());

        Regelutfall underkand = beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "AMI1", BESLUT, START).underkanda().get(0);
        String regel = underkand.regel();
        Insats insats = beviljande.bevilja(Testfall.HANDLAGGARE,
                ansokan(kund, "AMI1", anordnare.getOrgnr(), Map.of(regel, "Läkarintyg visar full förmåga från mars.")));
        Insats sparad = insatser.hamta(Testfall.ADMIN, insats.getId());
        Beslut beslut = sparad.getBeslut().get(0);
        assertEquals(BeslutTyp.BEVILJANDE, beslut.getTyp());
        assertEquals("hl1", beslut.getHandlaggare());
        assertEquals(3, beslut.getLangdManader());
        assertEquals(1, beslut.getUndantag().size());
        assertEquals(regel, beslut.getUndantag().get(0).getRegel());
        assertEquals("Läkarintyg visar full förmåga från mars.", beslut.getUndantag().get(0).getMotivering());
        assertTrue(sparad.getInsatsId().matches("I\\d{4}-\\d+"), sparad.getInsatsId());
        var historik = insatser.historik(Testfall.ADMIN, insats.getId());
        assertEquals("BESLUT_BEVILJANDE", historik.get(0).getHandelse());
        // the rule by the name the handläggare read, "Arbetsförmåga 100 %", not its code
        assertEquals("Arbetsf\u00f6rm\u00e5ga 100 %", underkand.namn());
        assertEquals(underkand.namn(), beslut.getUndantag().get(0).getNamn());
        assertTrue(historik.get(0).getDetaljer().contains("undantag från regeln " + underkand.namn() + ":"), historik.get(0).getDetaljer());
        assertFalse(historik.get(0).getDetaljer().contains(regel), historik.get(0).getDetaljer());
    }

    @Test
    void anordnarenMasteVaraAuktoriseradForTypen() {
        Anordnare annan = testfall.anordnare("Annat AB", "AMI1");
        assertThrows(ValideringException.class,
                () -> beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI2", annan.getOrgnr(), Map.of())));
        assertTrue(insatser.forKund(Testfall.ADMIN, kund.getId()).isEmpty());
        List<String> valbara = beviljande.anordnare(Testfall.HANDLAGGARE, "AMI2", START).stream().map(Anordnarval::namn).toList();
        assertEquals(List.of("Steget AB"), valbara);
    }

    /** Separation of duties (DOMAIN §1, §12): the administratör may not grant, and nothing is written when refused. */
    @Test
    void administratorenFarInteBevilja() {
        assertThrows(AtkomstNekadException.class,
                () -> beviljande.bevilja(Testfall.ADMIN, ansokan(kund, "AMI2", anordnare.getOrgnr(), Map.of())));
        assertTrue(insatser.forKund(Testfall.HANDLAGGARE, kund.getId()).isEmpty());
    }

    @Test
    void overlappandeInsatsGerVarningMenHindrarInte() {
        beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI2", anordnare.getOrgnr(), Map.of()));
        Behorighetsprovning igen = beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "AMI2", BESLUT, START.plusMonths(1));
        Regelutfall overlapp = igen.utfall().stream().filter(r -> r.regel().equals("OVERLAPPANDE_INSATS")).findFirst().orElseThrow();
        assertEquals(Regelutfall.Utfall.VARNING, overlapp.utfall());
        assertTrue(igen.underkanda().isEmpty());
    }

    @Test
    void forlangningArEttNyttBeslutSomFlyttarSlutet() {
        Insats insats = beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI2", anordnare.getOrgnr(), Map.of()));
        LocalDate fore = Insatsperiod.av(insatser.hamta(Testfall.ADMIN, insats.getId())).slut();
        assertThrows(AtkomstNekadException.class,
                () -> beviljande.forlang(Testfall.KARRIARVAGLEDARE, insats.getId(), 2, LocalDate.of(2026, 2, 1), "x", null));
        // separation of duties: the administratör keeps the registers, never extends (DOMAIN §12)
        assertThrows(AtkomstNekadException.class,
                () -> beviljande.forlang(Testfall.ADMIN, insats.getId(), 2, LocalDate.of(2026, 2, 1), "Praktik leder till anställning.", null));
        assertEquals(1, insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getBeslut().size());
        assertThrows(KundvalException.class, () -> beviljande.forlang(Testfall.HANDLAGGARE, insats.getId(), 2, LocalDate.of(2026, 2, 1), "", null));
        beviljande.forlang(Testfall.HANDLAGGARE, insats.getId(), 2, LocalDate.of(2026, 2, 1), "Praktik leder till anställning.", null);
        Insats forlangd = insatser.hamta(Testfall.ADMIN, insats.getId());
        assertEquals(2, forlangd.getBeslut().size());
        assertEquals(fore.plusMonths(2), Insatsperiod.av(forlangd).slut().minusDays(0));
        assertEquals(List.of("BESLUT_BEVILJANDE", "BESLUT_FORLANGNING"),
                insatser.historik(Testfall.ADMIN, insats.getId()).stream().map(h -> h.getHandelse()).toList());
    }

    @Test
    void forlangningEfterSlutetEllerEfterAvslutNekasOchIngentingSkrivs() {
        Insats insats = beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI1", anordnare.getOrgnr(),
                Map.of("ARBETSFORMAGA", "Läkarintyg visar full förmåga.")));
        LocalDate slut = Insatsperiod.av(insats).slut();
        KundvalException sent = assertThrows(KundvalException.class, () -> beviljande.forlang(Testfall.HANDLAGGARE,
                insats.getId(), 2, slut.plusDays(1), "Sent beslut.", null));
        assertTrue(sent.getMessage().contains("ligger efter insatsens slut " + slut), sent.getMessage());
        assertEquals(1, insatser.hamta(Testfall.ADMIN, insats.getId()).getBeslut().size());

        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(START.plusMonths(1));
        arbete.setAvslutsorsak(Avslutsorsak.EGET_FORETAG);
        Tjanster.hamta(AvslutService.class).rapportera(Testfall.anordnare(anordnare.getOrgnr()), insats.getId(), arbete);
        KundvalException avslutad = assertThrows(KundvalException.class, () -> beviljande.forlang(Testfall.HANDLAGGARE,
                insats.getId(), 2, START.plusMonths(1), "Fortsätter.", null));
        assertTrue(avslutad.getMessage().contains("kan inte förlängas"), avslutad.getMessage());
    }

    @Test
    void langreAnTypenMedgerKraverMotiveringForLangden() {
        Insats insats = beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI2", anordnare.getOrgnr(), Map.of()));
        LocalDate slut = Insatsperiod.av(insats).slut();
        // AMI2 is granted for 12 months: 12 + 13 is past the 24 the type allows
        KundvalException fel = assertThrows(KundvalException.class, () -> beviljande.forlang(Testfall.HANDLAGGARE,
                insats.getId(), 13, slut.minusDays(10), "Behöver mer tid.", " "));
        assertTrue(fel.getMessage().contains("25 månader"), fel.getMessage());
        assertTrue(fel.getMessage().contains("24 månader"), fel.getMessage());
        assertEquals(1, insatser.hamta(Testfall.ADMIN, insats.getId()).getBeslut().size());

        beviljande.forlang(Testfall.HANDLAGGARE, insats.getId(), 12, slut.minusDays(10), "Behöver mer tid.", null);
        beviljande.forlang(Testfall.HANDLAGGARE, insats.getId(), 1, slut.plusMonths(12).minusDays(5), "Anställning på gång.",
                "Arbetsgivaren har lovat anställning i mars.");
        Insats forlangd = insatser.hamta(Testfall.ADMIN, insats.getId());
        assertEquals(slut.plusMonths(13), Insatsperiod.av(forlangd).slut());
        assertTrue(forlangd.getBeslut().get(2).getMotivering().contains("Arbetsgivaren har lovat anställning i mars."));
    }

    @Test
    void provningenVisarNyttSlutOchVarnarForTidigtBeslut() {
        Insats insats = beviljande.bevilja(Testfall.HANDLAGGARE, ansokan(kund, "AMI2", anordnare.getOrgnr(), Map.of()));
        Forlangningsprovning paStartdagen = Forlangningsprovning.prova(insats, 3, START);
        assertTrue(paStartdagen.hinder().isEmpty(), paStartdagen.hinder().toString());
        assertEquals(LocalDate.of(2026, 3, 2), paStartdagen.nuvarandeSlut());
        assertEquals(LocalDate.of(2026, 6, 2), paStartdagen.nyttSlut());
        assertEquals(1, paStartdagen.varningar().size(), paStartdagen.varningar().toString());
        assertTrue(paStartdagen.varningar().get(0).contains("dagar före nuvarande slut 2026-03-02"));
        assertTrue(Forlangningsprovning.prova(insats, 3, LocalDate.of(2026, 2, 15)).varningar().isEmpty());
        assertTrue(Forlangningsprovning.prova(insats, 3, BESLUT).varningar().get(0).contains("före insatsens start"));
    }

    @Test
    void andelLyckadeStodjerKundensVal() {
        Insats tidigare = testfall.insats(testfall.kund("Tidigare Kund", LocalDate.of(1980, 1, 1)), anordnare, "AMI2",
                START.minusMonths(8));
        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(START.minusMonths(2));
        arbete.setAvslutsorsak(Avslutsorsak.EGET_FORETAG);
        AvslutService avslut = Tjanster.hamta(AvslutService.class);
        avslut.rapportera(Testfall.anordnare(anordnare.getOrgnr()), tidigare.getId(), arbete);
        avslut.bedom(Testfall.HANDLAGGARE, tidigare.getId(), true, false, "Startat eget företag.");
        Anordnarval val = beviljande.anordnare(Testfall.HANDLAGGARE, "AMI2", START).get(0);
        assertEquals(1, val.avslut());
        assertEquals(1, val.lyckade());
        assertEquals(1.0, val.andelLyckade());
    }

    @Test
    void nkiFranSenasteKundundersokningenUndertrycksUnderFemSvarande() {
        KvalitetService kvalitet = Tjanster.hamta(KvalitetService.class);
        List<Enkatsvar> svar = new ArrayList<>();
        // four respondents in 2024 (the year before the start): withheld
        for (int r = 1; r <= 4; r++) {
            svar.add(svar(r, 2024, 4));
        }
        kvalitet.sparaEnkatsvar(Testfall.ADMIN, svar);
        assertEquals(null, beviljande.anordnare(Testfall.HANDLAGGARE, "AMI2", START).get(0).nki());
        // a fifth respondent: the mean of (4 + 4 + 4 + 4 + 5) / 5 = 4.2
        kvalitet.sparaEnkatsvar(Testfall.ADMIN, List.of(svar(5, 2024, 5)));
        assertEquals(4.2, beviljande.anordnare(Testfall.HANDLAGGARE, "AMI2", START).get(0).nki());
    }

    private Enkatsvar svar(int respondent, int ar, int varde) {
        Enkatsvar s = KundvalFactory.eINSTANCE.createEnkatsvar();
        s.setAnordnare(anordnare);
        s.setAr(ar);
        s.setRespondent("R" + respondent);
        s.setFraga(Enkatfraga.MALET.text());
        s.setOmrade(Omrade.MAL);
        s.setSvar(varde);
        return s;
    }

    @Test
    void nyaIdnArUnika() {
        assertNotEquals(insatser.nyttInsatsId(), insatser.nyttInsatsId());
        assertTrue(Tjanster.hamta(KundService.class).nyttKundId().startsWith("K"));
        assertThrows(AtkomstNekadException.class, () -> beviljande.prova(Testfall.KARRIARVAGLEDARE, kund.getId(), "AMI2", BESLUT, START));
    }
}
