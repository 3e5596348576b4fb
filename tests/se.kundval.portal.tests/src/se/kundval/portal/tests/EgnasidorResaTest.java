package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The organisation's own pages in a real headless Chromium, as its portal-admin uses them: the
 * month's ersättning and the months around it, the results of a tertial, the staff accounts — add one
 * (its password and TOTP secret shown once), lock one — and what a wrong month or period gets. Every
 * page is checked with axe-core and photographed at 1280 and 375 px; the changes are checked through
 * the workbench's services.
 */
class EgnasidorResaTest extends Webbresa {

    private static String hemlighet;

    @BeforeAll
    static void starta() throws Exception {
        hemlighet = miljo.portaladmin("chef.a", miljo.a.getOrgnr());
        // judged avslut in tertial 2 2026: A 2 lyckade of 3, B 1 of 2, so the kommun 3 of 5
        avslut("R-A1", miljo.a, true);
        avslut("R-A2", miljo.a, true);
        avslut("R-A3", miljo.a, false);
        avslut("R-B1", miljo.b, true);
        avslut("R-B2", miljo.b, false);
    }

    private static void avslut(String insatsId, Anordnare anordnare, boolean lyckat) {
        Kund kund = miljo.testfall.kund("Kund " + insatsId, LocalDate.of(1980, 1, 1).plusDays(insatsId.hashCode() & 0xff));
        Insatstyp ami2 = Tjanster.hamta(ReferensdataService.class).insatstyp("AMI2").orElseThrow();
        Insatsbyggare insats = Insatsbyggare.insats(insatsId, kund, anordnare, ami2, LocalDate.of(2026, 3, 2), 12);
        if (lyckat) {
            insats.avslut(LocalDate.of(2026, 5, 29), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                    .bedomdUtanSexmanadersuppfoljning(true, true);
        } else {
            insats.avslut(LocalDate.of(2026, 5, 29), Avslutsorsak.FLYTTAT, null, null).bedomd(false, false);
        }
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats.bygg());
    }

    @Test
    void portaladminSerErsattningResultatOchHanterarKonton() {
        webblasare.oppna(miljo.adress("/inloggning"));
        webblasare.loggaIn("chef.a", miljo.engangskod(hemlighet));

        webblasare.klickaLank("Ersättning");
        assertEquals("Ersättning för oktober 2026", webblasare.hitta("h1").getText(), "the latest closed month");
        String oktober = webblasare.text();
        assertTrue(oktober.contains(miljo.insatsA.getInsatsId()) && oktober.contains(miljo.slutarSnartA.getInsatsId()), oktober);
        assertFalse(oktober.contains(miljo.insatsB.getInsatsId()), "only the organisation's own lines");
        assertTrue(oktober.contains("Checkbelopp"), oktober);
        sida("ersattning");
        webblasare.skicka("a[rel=prev]");
        assertEquals("Ersättning för september 2026", webblasare.hitta("h1").getText());
        webblasare.skicka("a[rel=next]");
        webblasare.skicka("a[rel=next]");
        assertEquals("Ersättning för november 2026", webblasare.hitta("h1").getText());
        assertTrue(webblasare.text().contains("Månaden pågår"));
        assertTrue(webblasare.driver.findElements(By.cssSelector("a[rel=next]")).isEmpty(), "no month after the current one");
        sida("ersattning-pagar");
        webblasare.oppna(miljo.adress("/ersattning/2026-13"));
        assertEquals("Månaden kan inte visas", webblasare.hitta("h1").getText());
        sida("ersattning-fel");

        webblasare.klickaLank("Resultat");
        assertTrue(webblasare.text().contains("Tertial 2 2026"), "the last full tertial");
        assertTrue(webblasare.hitta("#egna").getText().contains("2 lyckade av 3 avslut"), webblasare.hitta("#egna").getText());
        assertTrue(webblasare.hitta("#kommunen").getText().contains("3 lyckade av 5 avslut"), webblasare.hitta("#kommunen").getText());
        assertFalse(webblasare.text().contains("Andra Spåret"), "never another anordnare's name");
        sida("resultat");
        new Select(webblasare.driver.findElement(By.id("tertial"))).selectByValue("3");
        webblasare.skicka("form.periodval button");
        assertTrue(webblasare.text().contains("Tertialen pågår"));
        webblasare.oppna(miljo.adress("/resultat?ar=2026&tertial=9"));
        assertTrue(webblasare.hitta(".felsammanfattning").getText().contains("Välj tertial 1, 2 eller 3"));
        sida("resultat-fel");

        webblasare.klickaLank("Konton");
        assertTrue(webblasare.hitta("#konton").getText().contains(miljo.anvandarnamn));
        sida("konton");
        webblasare.skicka("main form[action='/anordnare/konton'] button");
        assertTrue(webblasare.hitta(".felsammanfattning").getText().contains("Ange användarnamn"));
        webblasare.skriv("namn", "Nora Ny");
        webblasare.skicka("main form[action='/anordnare/konton'] button");
        assertEquals("Nora Ny", webblasare.hitta("#namn").getAttribute("value"), "nothing typed is lost");
        sida("konton-fel");
        webblasare.skriv("anvandarnamn", "nora.ny");
        webblasare.skicka("main form[action='/anordnare/konton'] button");
        assertEquals("Kontot nora.ny är skapat", webblasare.hitta("h1").getText());
        assertTrue(webblasare.hitta("#otpauth").getText().startsWith("otpauth://totp/Kundval:nora.ny?secret="));
        Anvandare nora = konto("nora.ny");
        assertEquals(miljo.a.getOrgnr(), nora.getOrgnr());
        assertFalse(nora.isPortaladmin());
        sida("kontouppgifter");
        webblasare.klickaLank("Tillbaka till kontona");

        webblasare.skicka("form[action='/anordnare/konton/las'] button");
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Kontot är låst."));
        sida("konton-last");
        assertEquals(List.of(false, true), List.of(konto(miljo.anvandarnamn).isAktiv(), konto("nora.ny").isAktiv()),
                "the first account in the list (coach.a) is locked, no other");

        webblasare.oppna(miljo.adress("/insatser/999999"));
        assertEquals("Sidan finns inte", webblasare.hitta("h1").getText());
        sida("saknas");
    }

    private static Anvandare konto(String namn) {
        return Tjanster.hamta(AnvandareService.class).alla(Testfall.ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(namn))
                .findFirst().orElseThrow();
    }
}
