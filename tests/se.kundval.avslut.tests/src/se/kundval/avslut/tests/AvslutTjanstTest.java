package se.kundval.avslut.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Avslutsarende;
import se.kundval.core.tjanst.Bedomningsstod;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Malsattning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.regler.Bedomningar;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/** The anordnare reports the avslut, the handläggare works the queue and judges; judgements are immutable. */
class AvslutTjanstTest {

    private static AvslutService avslut;
    private static InsatsService insatser;
    private final Testfall testfall = new Testfall();
    private Insats insats;
    private Inloggning anordnaren;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.avslut", "se.kundval.insatstyp.kundval2024");
        avslut = Tjanster.hamta(AvslutService.class);
        insatser = Tjanster.hamta(InsatsService.class);
    }

    @BeforeEach
    void insats() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Anordnare a = testfall.anordnare("Vägen Vidare AB", "AMI2");
        anordnaren = Testfall.anordnare(a.getOrgnr());
        insats = testfall.insats(testfall.kund("Ali Berg", LocalDate.of(1990, 5, 5)), a, "AMI2", LocalDate.of(2024, 3, 1));
    }

    private static Avslut arbete(LocalDate datum, int manader) {
        Avslut a = KundvalFactory.eINSTANCE.createAvslut();
        a.setAvslutsdatum(datum);
        a.setAvslutsorsak(Avslutsorsak.ARBETE);
        a.setSysselsattning(Sysselsattningsform.VISSTIDSANSTALLNING);
        a.setVaraktighetManader(manader);
        return a;
    }

    @Test
    void rapporteratAvslutHamnarIKonOchBedomsAvHandlaggaren() {
        avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 11, 30), 12));
        Insats rapporterad = insatser.hamta(Testfall.ADMIN, insats.getId());
        assertEquals(InsatsStatus.AVSLUTAD, rapporterad.getStatus());
        assertEquals(anordnaren.anvandarnamn(), rapporterad.getAvslut().getRapporteradAv());

        List<Avslutsarende> ko = avslut.ko(Testfall.HANDLAGGARE);
        assertEquals(1, ko.size());
        assertEquals(Avslutsorsak.ARBETE, ko.get(0).orsak());
        assertEquals("Ali Berg", ko.get(0).kund());

        Bedomningsstod stod = avslut.stod(Testfall.HANDLAGGARE, insats.getId());
        assertTrue(stod.kanVaraLyckat());
        assertTrue(stod.kanVaraBonusgrundande());
        assertEquals(Malsattning.EGEN_FORSORJNING, stod.malsattning());
        assertTrue(stod.maluppfyllelseOmLyckat());

        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, "Anställningsavtal på tolv månader.");
        assertTrue(avslut.ko(Testfall.HANDLAGGARE).isEmpty());
        List<Granskningshandelse> historik = insatser.historik(Testfall.ADMIN, insats.getId());
        // the first entry is the insats's registration by the test's setup
        assertEquals(List.of("INSATS_SKAPAD", "AVSLUT_RAPPORTERAT", "AVSLUTSBEDOMNING"),
                historik.stream().map(Granskningshandelse::getHandelse).toList());
        assertEquals("hl1", historik.get(2).getAnvandare());
        assertTrue(historik.get(2).getDetaljer().startsWith("Lyckat, bonusgrundande (bedömning 1)"), historik.get(2).getDetaljer());
        assertTrue(historik.get(2).getAndringar().stream().anyMatch(a -> "Avslutsbedomning".equals(a.getObjekttyp())
                && "lyckat".equals(a.getFalt()) && a.getFore() == null && "true".equals(a.getEfter())), "the bedömning's fields are audited");
    }

    @Test
    void rattelseArEnNyBedomningOchBadaSparas() {
        avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 11, 30), 12));
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, "Avtal tolv månader.");
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, false, "Avtalet gäller bara fyra månader.");
        Avslut sparat = insatser.hamta(Testfall.ADMIN, insats.getId()).getAvslut();
        assertEquals(2, sparat.getBedomningar().size());
        Avslutsbedomning aktuell = Bedomningar.aktuell(sparat).orElseThrow();
        assertEquals(2, aktuell.getLopnummer());
        assertFalse(aktuell.isBonusgrundande());
        assertTrue(sparat.getBedomningar().stream().anyMatch(b -> b.getLopnummer() == 1 && b.isBonusgrundande()));
    }

    /** Separation of duties (DOMAIN §1, §12): the administratör may not judge; the queue is not even theirs. */
    @Test
    void administratorenFarInteBedoma() {
        avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 11, 30), 12));
        assertThrows(AtkomstNekadException.class, () -> avslut.bedom(Testfall.ADMIN, insats.getId(), true, true, "Avtal tolv månader."));
        assertThrows(AtkomstNekadException.class, () -> avslut.ko(Testfall.ADMIN));
        assertTrue(insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getAvslut().getBedomningar().isEmpty());
    }

    @Test
    void bedomningKraverMotiveringOchBonusKraverLyckat() {
        avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 11, 30), 12));
        assertThrows(KundvalException.class, () -> avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, " "));
        KundvalException fel = assertThrows(KundvalException.class,
                () -> avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), false, true, "Fel"));
        assertTrue(fel.getMessage().contains("lyckat"), fel.getMessage());
    }

    @Test
    void anordnarenKanInteAndraEttBedomtAvslut() {
        avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 11, 30), 12));
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), false, false, "Ingen anställning styrkt.");
        assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 12, 1), 12)));
    }

    @Test
    void avslutetMasteVaraFullstandigt() {
        Avslut utanForm = arbete(LocalDate.of(2024, 11, 30), 12);
        utanForm.setSysselsattning(null);
        assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, insats.getId(), utanForm));
        Avslut utanVaraktighet = arbete(LocalDate.of(2024, 11, 30), 12);
        utanVaraktighet.setVaraktighetManader(null);
        assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, insats.getId(), utanVaraktighet));
        assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, insats.getId(), arbete(LocalDate.of(2024, 2, 28), 12)));
        assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, insats.getId(), arbete(Testklocka.IDAG.plusDays(2), 12)));
        assertEquals(InsatsStatus.PAGAENDE, insatser.hamta(Testfall.ADMIN, insats.getId()).getStatus(), "nothing written");
    }

    @Test
    void rollerOchAnordnaresRackvidd() {
        Avslut a = arbete(LocalDate.of(2024, 11, 30), 12);
        assertThrows(AtkomstNekadException.class, () -> avslut.rapportera(Testfall.HANDLAGGARE, insats.getId(), a));
        Inloggning annan = Testfall.anordnare(testfall.orgnr());
        assertThrows(AtkomstNekadException.class, () -> avslut.rapportera(annan, insats.getId(), a));
        avslut.rapportera(anordnaren, insats.getId(), a);
        assertThrows(AtkomstNekadException.class, () -> avslut.ko(Testfall.KARRIARVAGLEDARE));
        assertThrows(AtkomstNekadException.class, () -> avslut.bedom(Testfall.KARRIARVAGLEDARE, insats.getId(), true, true, "x"));
        assertThrows(AtkomstNekadException.class, () -> avslut.bedom(anordnaren, insats.getId(), true, true, "x"));
        assertThrows(AtkomstNekadException.class, () -> avslut.stod(annan, insats.getId()));
    }
}
