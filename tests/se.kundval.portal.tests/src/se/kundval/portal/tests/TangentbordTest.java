package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import se.kundval.core.tjanst.InsatsService;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The portal without a mouse (WCAG 2.1.1): Tab and Enter alone log in, open an insats and write its
 * plan, and every element that takes focus shows it (2.4.7).
 */
class TangentbordTest extends Webbresa {

    @Test
    void ettTangentbordRackerForAttLoggaInOchSkrivaPlanen() {
        webblasare.oppna(miljo.adress("/inloggning"));
        WebElement hoppa = webblasare.tabbaTill(e -> "a".equals(e.getTagName()), "the skip link");
        assertEquals("Hoppa till innehållet", hoppa.getText(), "the first stop skips to the content");
        webblasare.synligtFokus();
        webblasare.tabbaOchSkriv("anvandarnamn", miljo.anvandarnamn);
        webblasare.tabbaOchSkriv("losenord", Portalmiljo.LOSENORD);
        webblasare.tabbaOchSkriv("engangskod", miljo.engangskod());
        webblasare.tryckEnter();
        assertEquals("Era insatser", webblasare.hitta("h1").getText());

        String insatsId = miljo.insatsA.getInsatsId();
        String lank = "/anordnare/insatser/" + miljo.insatsA.getId();
        webblasare.tabbaTill(e -> String.valueOf(e.getAttribute("href")).endsWith(lank), "the insats's link");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        assertEquals("Insats " + insatsId, webblasare.hitta("h1").getText());

        webblasare.tabbaTill(e -> "Skriv genomförandeplan".equals(e.getText()), "the plan link");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        webblasare.tabbaOchSkriv("mal", "Egen försörjning");
        webblasare.tabbaOchSkriv("aktiviteter", "Jobbsökarträffar");
        webblasare.tabbaTill(e -> "button".equals(e.getTagName()) && e.getText().contains("Spara"), "the save button");
        webblasare.synligtFokus();
        webblasare.tryckEnter();
        assertTrue(webblasare.hitta(".bekraftelse").getText().contains("Genomförandeplanen är sparad"));
        assertEquals("Egen försörjning", Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, miljo.insatsA.getId())
                .getGenomforandeplan().getMal().get(0).getBeskrivning());
    }
}
