package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * A coach's six-month evidence in a real headless Chromium (DOMAIN §14): the insats page's "Sex
 * månader" section, the form with files (an error first, then a PDF), the karriärvägledare's request
 * for completion shown with its comment, the answer with a photo, and the handläggare's approval —
 * each document then opened through the workbench's document service; every page checked with
 * axe-core and photographed at 1280 and 375 px.
 */
class SexmanaderresaTest extends Webbresa {

    private static Insats insats;

    @BeforeAll
    static void starta() throws Exception {
        insats = Sexmanaderfall.avslutadTillArbete(miljo);
    }

    @Test
    void coachenLamnarUnderlagSerGranskningenOchSvararPaKompletteringen() throws Exception {
        Path katalog = Files.createTempDirectory("kundval-underlag");
        Path avtal = Files.write(katalog.resolve("anstallningsavtal.pdf"), Sexmanaderfall.PDF);
        Path foto = Files.write(katalog.resolve("underskrifter.png"), Sexmanaderfall.PNG);
        webblasare.oppna(miljo.adress("/inloggning"));
        webblasare.loggaIn(miljo.anvandarnamn, miljo.engangskod());
        webblasare.oppna(miljo.adress("/insatser/" + insats.getId()));
        assertTrue(webblasare.text().contains("Sex månader") && webblasare.text().contains("Underlaget ska lämnas nu"), webblasare.text());
        sida("sexmanader-insats");

        webblasare.klickaLank("Lämna underlag");
        assertEquals("sv-SE,sv", webblasare.sprak(), "a Swedish browser, whose file field says Välj filer");
        sida("sexmanader");
        webblasare.skriv("beskrivning", "Tillsvidareanställd som lagerarbetare sedan maj");
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".felsammanfattning").getText().contains("Välj vilket underlag det är"));
        assertTrue(webblasare.hitta("#dokument-fel").getText().contains("Välj minst en fil"));
        assertEquals("Tillsvidareanställd som lagerarbetare sedan maj", webblasare.hitta("#beskrivning").getAttribute("value"),
                "nothing typed is lost");
        sida("sexmanader-fel");
        new Select(webblasare.driver.findElement(By.id("underlag"))).selectByValue("ANSTALLNINGSAVTAL");
        webblasare.driver.findElement(By.id("dokument")).sendKeys(avtal.toString());
        webblasare.skicka("main form button");
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Underlaget är inlämnat"));
        assertTrue(webblasare.text().contains("anstallningsavtal.pdf") && webblasare.text().contains("Väntar på granskning"));
        Dokument pdf = senaste().getDokument().get(0);
        assertArrayEquals(Sexmanaderfall.PDF, Tjanster.hamta(DokumentService.class).las(Testfall.HANDLAGGARE, pdf.getId()).innehall(),
                "the handläggare opens what the coach uploaded");
        sida("sexmanader-inlamnat");

        Tjanster.hamta(UppfoljningService.class).begarKomplettering(Testfall.KARRIARVAGLEDARE, insats.getId(),
                "Sidan med underskrifterna saknas.");
        webblasare.driver.navigate().refresh();
        assertTrue(webblasare.text().contains("Komplettering begärd") && webblasare.text().contains("Sidan med underskrifterna saknas."));
        sida("sexmanader-komplettering");
        webblasare.klickaLank("Svara på kompletteringen");
        assertTrue(webblasare.hitta(".kommentarruta").getText().contains("Sidan med underskrifterna saknas."));
        assertEquals("Tillsvidareanställd som lagerarbetare sedan maj", webblasare.hitta("#beskrivning").getAttribute("value"),
                "the earlier submission is the starting point");
        sida("sexmanader-svar");
        webblasare.driver.findElement(By.id("dokument")).sendKeys(avtal + "\n" + foto);
        webblasare.skicka("main form button");
        assertEquals(List.of("anstallningsavtal.pdf", "underskrifter.png"),
                senaste().getDokument().stream().map(Dokument::getFilnamn).toList());
        assertEquals(2, insatsen().getSexmanadersuppfoljningar().size(), "the earlier submission is kept");

        Tjanster.hamta(UppfoljningService.class).bedomUnderlag(Testfall.HANDLAGGARE, insats.getId(), true, "Avtalet styrker anställningen.");
        webblasare.driver.navigate().refresh();
        assertTrue(webblasare.text().contains("Godkänd av hl1"), webblasare.text());
        assertEquals(Uppfoljningsstatus.BEKRAFTAD, senaste().getStatus());
        sida("sexmanader-godkand");
    }

    private static Insats insatsen() {
        return Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, insats.getId());
    }

    private static Sexmanadersuppfoljning senaste() {
        List<Sexmanadersuppfoljning> alla = insatsen().getSexmanadersuppfoljningar();
        return alla.get(alla.size() - 1);
    }
}
