package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * A coach's journey through the portal in a real headless Chromium: log in with TOTP, see the
 * organisation's insatser, write the plan, file October's report, see the karriärvägledare's request
 * for completion and answer it, report the avslut — each step checked afterwards through the
 * workbench's own services, every page checked with axe-core and photographed at 1280 and 375 px.
 */
class PortalresaTest extends Webbresa {

    private static final YearMonth OKTOBER = YearMonth.of(2026, 10);

    @Test
    void coachenSkriverPlanLamnarRapportKompletterarOchRapporterarAvslut() {
        webblasare.oppna(miljo.adress("/"));
        assertTrue(webblasare.driver.getCurrentUrl().endsWith("/anordnare/inloggning"), "no session: the login page");
        sida("inloggning");
        webblasare.loggaIn(miljo.anvandarnamn, miljo.engangskod());

        assertEquals("Era insatser", webblasare.hitta("h1").getText());
        String lista = webblasare.text();
        assertTrue(lista.contains(miljo.insatsA.getInsatsId()) && lista.contains(miljo.slutarSnartA.getInsatsId()), lista);
        assertFalse(lista.contains(miljo.insatsB.getInsatsId()), "another anordnare's insats is not listed");
        assertTrue(lista.contains("Månadsrapport 2026-09 saknas"), "a report past its 10th is marked: " + lista);
        assertTrue(lista.contains("Försenad"));
        String slutarSnart = webblasare.hitta("#slutar-snart").getText();
        assertTrue(slutarSnart.contains(miljo.slutarSnartA.getInsatsId()) && !slutarSnart.contains(miljo.insatsA.getInsatsId()), slutarSnart);
        sida("oversikt");

        webblasare.skicka("a[href='/anordnare/insatser/" + miljo.insatsA.getId() + "']");
        assertEquals("Insats " + miljo.insatsA.getInsatsId(), webblasare.hitta("h1").getText());
        sida("insats");

        webblasare.klickaLank("Skriv genomförandeplan");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".felsammanfattning").getText().contains("Ange minst ett mål"), "the error at the top");
        assertTrue(webblasare.hitta("#mal-fel").getText().contains("Ange minst ett mål"), "and at the field");
        webblasare.skriv("aktiviteter", "Praktik på lager");
        webblasare.skicka("main form button");
        assertEquals("Praktik på lager", webblasare.hitta("#aktiviteter").getAttribute("value"), "nothing typed is lost");
        sida("plan-fel");
        webblasare.skriv("mal", "Anställning inom logistik\nTruckkort");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Genomförandeplanen är sparad"));
        Insats sparad = insatsen();
        assertEquals(List.of("Anställning inom logistik", "Truckkort"), sparad.getGenomforandeplan().getMal().stream().map(m -> m.getBeskrivning()).toList());

        webblasare.klickaLank("Lämna rapport för 2026-10");
        sida("rapport");
        webblasare.skriv("aktiviteter", "Praktik tre dagar i veckan");
        webblasare.skriv("narvarodagar", "tolv");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta("#narvarodagar-fel").getText().contains("heltal"));
        assertEquals("Praktik tre dagar i veckan", webblasare.hitta("#aktiviteter").getAttribute("value"));
        webblasare.skriv("narvarodagar", "12");
        webblasare.skicka("main form button");
        assertEquals(Manadsrapportstatus.INLAMNAD, rapport(OKTOBER).getStatus());
        assertEquals(12, rapport(OKTOBER).getNarvarodagar());

        Tjanster.hamta(UppfoljningService.class).granska(Testfall.KARRIARVAGLEDARE, miljo.insatsA.getId(), OKTOBER, false,
                "Beskriv vad praktiken innehöll.");
        webblasare.driver.navigate().refresh();
        assertTrue(webblasare.text().contains("Komplettering begärd") && webblasare.text().contains("Beskriv vad praktiken innehöll."));
        sida("insats-granskad");
        webblasare.klickaLank("Komplettera rapporten för 2026-10");
        assertTrue(webblasare.hitta(".kommentarruta").getText().contains("Beskriv vad praktiken innehöll."));
        assertEquals("12", webblasare.hitta("#narvarodagar").getAttribute("value"), "the filed report is the starting point");
        sida("komplettering");
        webblasare.skriv("aktiviteter", "Praktik på lager: plock, inventering och truckkörning");
        webblasare.skicka("main form button");
        assertEquals(Manadsrapportstatus.INLAMNAD, rapport(OKTOBER).getStatus());
        assertTrue(rapport(OKTOBER).getAktiviteter().contains("truckkörning"));
        Tjanster.hamta(UppfoljningService.class).granska(Testfall.KARRIARVAGLEDARE, miljo.insatsA.getId(), OKTOBER, true, null);
        webblasare.driver.navigate().refresh();
        assertTrue(webblasare.text().contains("Godkänd"));

        webblasare.klickaLank("Rapportera avslut");
        sida("avslut");
        webblasare.skriv("avslutsdatum", "2026-11-16");
        new Select(webblasare.driver.findElement(By.id("avslutsorsak"))).selectByValue("ARBETE");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".felsammanfattning").isDisplayed(), "arbete needs the form of employment");
        assertEquals("2026-11-16", webblasare.hitta("#avslutsdatum").getAttribute("value"));
        sida("avslut-fel");
        new Select(webblasare.driver.findElement(By.id("sysselsattning"))).selectByValue("VISSTIDSANSTALLNING");
        webblasare.skriv("varaktighetManader", "12");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Avslutet är rapporterat"));
        Insats avslutad = insatsen();
        assertEquals(InsatsStatus.AVSLUTAD, avslutad.getStatus());
        assertEquals(Avslutsorsak.ARBETE, avslutad.getAvslut().getAvslutsorsak());
        assertEquals(LocalDate.of(2026, 11, 16), avslutad.getAvslut().getAvslutsdatum());
        assertEquals(miljo.anvandarnamn, avslutad.getAvslut().getRapporteradAv());
        sida("insats-avslutad");

        webblasare.skicka(".anvandare button");
        assertTrue(webblasare.text().contains("Du är utloggad."));
        webblasare.oppna(miljo.adress("/insatser/" + miljo.insatsA.getId()));
        assertTrue(webblasare.driver.getCurrentUrl().endsWith("/anordnare/inloggning"), "logged out for real");
    }

    private static Insats insatsen() {
        return Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, miljo.insatsA.getId());
    }

    private static Manadsrapport rapport(YearMonth period) {
        return insatsen().getManadsrapporter().stream().filter(r -> period.equals(r.getPeriod())).findFirst().orElseThrow();
    }
}
