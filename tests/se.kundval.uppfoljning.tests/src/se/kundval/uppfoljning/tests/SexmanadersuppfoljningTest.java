package se.kundval.uppfoljning.tests;

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
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.regler.Bedomningar;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * DOMAIN §2: six months after an avslut to arbete the anordnare shows the kund still supports
 * themself; the handläggare's confirmation makes the avslut bonusgrundande, a rejection takes it away.
 */
class SexmanadersuppfoljningTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static UppfoljningService uppfoljning;
    private static AvslutService avslut;
    private static InsatsService insatser;
    private final Testfall testfall = new Testfall();
    private Insats insats;
    private Inloggning anordnaren;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024");
        uppfoljning = Tjanster.hamta(UppfoljningService.class);
        avslut = Tjanster.hamta(AvslutService.class);
        insatser = Tjanster.hamta(InsatsService.class);
    }

    @BeforeEach
    void avslutadInsats() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Anordnare a = testfall.anordnare("Nästa Steg AB", "AMI2");
        anordnaren = Testfall.anordnare(a.getOrgnr());
        insats = testfall.insats(testfall.kund("Omar Ek", LocalDate.of(1985, 8, 8)), a, "AMI2", Testklocka.IDAG.minusMonths(14));
        Avslut arbete = F.createAvslut();
        arbete.setAvslutsdatum(Testklocka.IDAG.minusMonths(8));
        arbete.setAvslutsorsak(Avslutsorsak.ARBETE);
        arbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        avslut.rapportera(anordnaren, insats.getId(), arbete);
    }

    /** The anordnare's evidence for the insats: the contract as a PDF, as the portal sends it. */
    private Sexmanadersuppfoljning lamnaUnderlag(long insatsId) {
        return Tjanster.hamta(DokumentService.class).lamnaUnderlag(anordnaren, insatsId, Underlagstyp.ANSTALLNINGSAVTAL,
                "Tillsvidareanställning sedan avslutet", List.of(new Bifogadfil("avtal.pdf", DokumentTest.PDF)));
    }

    private Avslutsbedomning aktuell() {
        return Bedomningar.aktuell(insatser.hamta(Testfall.ADMIN, insats.getId()).getAvslut()).orElseThrow();
    }

    @Test
    void bekraftelseGorAvslutetBonusgrundande() {
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, false, "Lyckat; bonus efter sexmånadersuppföljning.");
        lamnaUnderlag(insats.getId());
        Sexmanadersuppfoljning bekraftad = uppfoljning.bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), true, "Avtalet styrker anställningen.");
        assertEquals(Uppfoljningsstatus.BEKRAFTAD, bekraftad.getStatus());
        Avslutsbedomning b = aktuell();
        assertEquals(2, b.getLopnummer());
        assertTrue(b.isLyckat());
        assertTrue(b.isBonusgrundande());
        assertTrue(insatser.historik(Testfall.ADMIN, insats.getId()).stream()
                .anyMatch(h -> h.getHandelse().equals("SEXMANADERSUPPFOLJNING") && h.getDetaljer().startsWith("bekräftad")));
    }

    @Test
    void bekraftelseAvRedanBonusgrundandeAvslutLaggerIngenNyBedomning() {
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, "Tillsvidareanställning.");
        lamnaUnderlag(insats.getId());
        uppfoljning.bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), true, "Styrkt.");
        assertEquals(1, aktuell().getLopnummer());
    }

    @Test
    void avvisatUnderlagGorAvslutetInteBonusgrundande() {
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, "Tillsvidareanställning.");
        lamnaUnderlag(insats.getId());
        assertThrows(KundvalException.class, () -> uppfoljning.bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), false, ""));
        uppfoljning.bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), false, "Anställningen upphörde efter tre månader.");
        Avslutsbedomning b = aktuell();
        assertEquals(2, b.getLopnummer());
        assertTrue(b.isLyckat());
        assertFalse(b.isBonusgrundande());
        assertThrows(KundvalException.class, () -> lamnaUnderlag(insats.getId()),
                "one submission per avslut");
    }

    @Test
    void underlagetBedomsAvHandlaggarenEfterLyckatAvslut() {
        lamnaUnderlag(insats.getId());
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.bedomUnderlag(Testfall.KARRIARVAGLEDARE, insats.getId(), true, "x"));
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.bedomUnderlag(anordnaren, insats.getId(), true, "x"));
        KundvalException fel = assertThrows(KundvalException.class,
                () -> uppfoljning.bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), true, "x"));
        assertTrue(fel.getMessage().contains("lyckat"), fel.getMessage());
    }

    @Test
    void underlagKanInteLamnasForeSexManader() {
        Insats ny = testfall.insats(insats.getKund(), insats.getAnordnare(), "AMI2", Testklocka.IDAG.minusMonths(5));
        Avslut nyligen = F.createAvslut();
        nyligen.setAvslutsdatum(Testklocka.IDAG.minusMonths(2));
        nyligen.setAvslutsorsak(Avslutsorsak.STUDIER);
        nyligen.setSysselsattning(Sysselsattningsform.STUDIER_CSN);
        nyligen.setVaraktighetManader(10);
        avslut.rapportera(anordnaren, ny.getId(), nyligen);
        KundvalException fel = assertThrows(KundvalException.class, () -> lamnaUnderlag(ny.getId()));
        assertTrue(fel.getMessage().contains(nyligen.getAvslutsdatum().plusMonths(6).toString()), fel.getMessage());
    }

    @Test
    void effektuppfoljningEfterSexManaderMenInte12() {
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, true, "Tillsvidareanställning.");
        Effektuppfoljning sex = F.createEffektuppfoljning();
        sex.setManader(6);
        sex.setEgenForsorjning(Boolean.TRUE);
        uppfoljning.registreraEffekt(Testfall.KARRIARVAGLEDARE, insats.getId(), sex);
        Effektuppfoljning igen = F.createEffektuppfoljning();
        igen.setManader(6);
        igen.setEgenForsorjning(Boolean.FALSE);
        assertThrows(KundvalException.class, () -> uppfoljning.registreraEffekt(Testfall.KARRIARVAGLEDARE, insats.getId(), igen));
        Effektuppfoljning tolv = F.createEffektuppfoljning();
        tolv.setManader(12);
        tolv.setEgenForsorjning(Boolean.TRUE);
        assertThrows(KundvalException.class, () -> uppfoljning.registreraEffekt(Testfall.KARRIARVAGLEDARE, insats.getId(), tolv));
        assertEquals(1, insatser.hamta(Testfall.ADMIN, insats.getId()).getEffektuppfoljningar().size());
    }
}
