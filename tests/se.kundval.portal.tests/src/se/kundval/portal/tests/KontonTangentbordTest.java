package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The konton page without a mouse (WCAG 2.1.1, 2.4.7): Tab, Space and Enter alone reach the page from
 * the menu, add a portal-admin colleague, come back and lock a coach's account, with the focus
 * visible on every stop.
 */
class KontonTangentbordTest extends Webbresa {

    @Test
    void ettTangentbordRackerForAttLaggaTillOchLasaKonton() {
        String hemlighet = miljo.portaladmin("chef.a", miljo.a.getOrgnr());
        webblasare.oppna(miljo.adress("/inloggning"));
        webblasare.tabbaOchSkriv("anvandarnamn", "chef.a");
        webblasare.tabbaOchSkriv("losenord", Portalmiljo.LOSENORD);
        webblasare.tabbaOchSkriv("engangskod", miljo.engangskod(hemlighet));
        webblasare.tryckEnter();

        webblasare.tabbaTill(e -> "Konton".equals(e.getText()), "the menu's Konton");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        assertEquals("Konton", webblasare.hitta("h1").getText());

        webblasare.tabbaOchSkriv("anvandarnamn", "vera.viss");
        webblasare.tabbaOchSkriv("namn", "Vera Viss");
        WebElement kryss = webblasare.tabbaTill(e -> "portaladmin".equals(e.getAttribute("id")), "the portal-admin box");
        webblasare.synligtFokus();
        kryss.sendKeys(Keys.SPACE);
        webblasare.tabbaTill(e -> "button".equals(e.getTagName()) && e.getText().equals("Lägg till kontot"), "the add button");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        assertEquals("Kontot vera.viss är skapat", webblasare.hitta("h1").getText());
        assertTrue(konto("vera.viss").isPortaladmin(), "the box was ticked with Space");

        webblasare.tabbaTill(e -> "Tillbaka till kontona".equals(e.getText()), "the way back");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        // the button shows "Lås"; the account's name beside it is for screen readers
        webblasare.tabbaTill(e -> "button".equals(e.getTagName())
                && ("Lås " + miljo.anvandarnamn).equals(e.getAttribute("textContent").strip()), "coach.a's lock button");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Kontot är låst."));
        assertFalse(konto(miljo.anvandarnamn).isAktiv());
    }

    private static Anvandare konto(String namn) {
        return Tjanster.hamta(AnvandareService.class).alla(Testfall.ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(namn))
                .findFirst().orElseThrow();
    }
}
