package se.kundval.kund.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.regler.Personnummer;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Skyddade personuppgifter in the Kund part (DOMAIN §12): the handläggare who granted the kund marks
 * it and still sees it in full; another handläggare sees "Skyddad" for name, personnummer and kommun.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkyddadKundUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Skydd-2026";

    private static Kund kund;
    private static Kund annan;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(SkyddadKundUiTest::data).loggaIn("hl1", LOSENORD);

    /** A kund with an insats granted by hl1, another kund; users hl1 and hl2. */
    private static void data() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall fall = new Testfall();
        Anordnare a = fall.anordnare("Vägen Vidare AB", "AMI1");
        kund = fall.kund("Sara Skydd", Testklocka.IDAG.minusYears(35));
        fall.insats(kund, a, "AMI1", Testklocka.IDAG.minusMonths(1));
        annan = fall.kund("Oskar Öppen", Testklocka.IDAG.minusYears(40));
        for (String namn : List.of("hl1", "hl2")) {
            Anvandare u = KundvalFactory.eINSTANCE.createAnvandare();
            u.setAnvandarnamn(namn);
            u.setNamn("Handläggare " + namn);
            u.setRoll(Roll.HANDLAGGARE);
            u.setAktiv(true);
            Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, u, LOSENORD.toCharArray());
        }
    }

    private static void visaKunden(Kund vald, String forvantadRubrik) {
        WB.activatePart(KunderPart.ID).getContext().get(ESelectionService.class).setSelection(vald.getId());
        Label rubrik = WB.findControl(Label.class, KundPart.RUBRIK);
        WB.spinUntil("the Kund part shows " + forvantadRubrik, () -> rubrik.getText().startsWith(forvantadRubrik), VANTETID);
    }

    private static String varde(String attribut) {
        return WB.findControl(Label.class, Kunduppgifter.PREFIX + attribut).getText();
    }

    private static boolean skyddadILagret() {
        return Tjanster.hamta(KundService.class).hamta(Testfall.HANDLAGGARE, kund.getId()).isSkyddad();
    }

    @Test
    @Order(1)
    void handlaggarenSomBeviljatMarkerarOchSerFortfarandeAllt() throws Exception {
        visaKunden(kund, "Sara Skydd");
        Button skydd = WB.findControl(Button.class, KundPart.SKYDD);
        assertTrue(skydd.isVisible());
        assertTrue(skydd.isEnabled());
        assertFalse(skydd.getSelection());
        assertEquals("Skyddade personuppgifter", skydd.getText());
        WorkbenchExtension.click(skydd);
        WB.spinUntil("the mark saved and the kund read again", () -> skyddadILagret() && skydd.isEnabled(), VANTETID);
        assertTrue(skydd.getSelection());
        assertEquals("Sara Skydd (" + kund.getKundId() + ")", WB.findControl(Label.class, KundPart.RUBRIK).getText());
        assertEquals(Personnummer.formaterat(kund.getPersonnummer()), varde("personnummer"));
        assertEquals("Nacka", varde("kommun"));
        assertTrue(skydd.getBounds().width >= skydd.computeSize(-1, -1).x, "the check box's text is not cut");
        WB.screenshot("kund-skyddad-egen");
    }

    @Test
    @Order(2)
    void enAnnanHandlaggareSerSkyddad() throws Exception {
        WB.nextLogin("hl2", LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        assertEquals("hl2", WB.context().get(Inloggning.class).anvandarnamn());
        // another kund first: the Kund part reads again only when the selection changes
        visaKunden(annan, "Oskar Öppen");
        visaKunden(kund, "Skyddad");
        assertEquals("Skyddad (" + kund.getKundId() + ")", WB.findControl(Label.class, KundPart.RUBRIK).getText());
        assertEquals("Skyddad", varde("personnummer"));
        assertEquals("Skyddad", varde("kommun"));
        assertTrue(WB.findControl(Button.class, KundPart.SKYDD).getSelection());
        WB.screenshot("kund-skyddad-annan");
    }
}
