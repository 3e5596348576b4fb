package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The follow-up journey of one insats in the real workbench, each step by the user whose step it
 * is: the anordnare writes the plan and files two månadsrapporter; the karriärvägledare approves one
 * and asks for completion of the other; the anordnare reports an avslut to arbete; the handläggare
 * judges it from the queue as lyckat and bonusgrundande; the anordnare submits the
 * sexmånadersuppföljning and the handläggare confirms it. Only then is the bonus of the avslut
 * month payable, through the compensation service and in the Ersättning part.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UppfoljningsresaUiTest {

    private static Resa resa;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(() -> resa = Resa.skapa());

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(java.lang.reflect.Method::getName).orElse("steg");
        Synkontroll.kontrollera(WB, namn);
        Delbilder.spara(WB, "resa-" + namn);
    }

    private Anordnarsteg anordnaren() {
        return new Anordnarsteg(WB, resa);
    }

    private Vagledarsteg karriarvagledaren() {
        return new Vagledarsteg(WB, resa);
    }

    private Handlaggarsteg handlaggaren() {
        return new Handlaggarsteg(WB, resa);
    }

    /** The ekonomi UI's Ersättning part, where the handläggare sees what is payable. */
    private Ersattningsvy ersattningen() {
        return new Ersattningsvy(WB);
    }

    @Test
    @Order(1)
    void anordnarenUpprattarGenomforandeplanen() {
        anordnaren().upprattarOchReviderarPlanen();
    }

    @Test
    @Order(2)
    void anordnarenLamnarInTvaManadsrapporter() {
        anordnaren().lamnarInTvaManadsrapporter();
    }

    @Test
    @Order(3)
    void karriarvagledarenGodkannerEnOchBegarKompletteringAvDenAndra() {
        karriarvagledaren().granskarRapporterna();
        karriarvagledaren().registrerarAvstamningen();
    }

    @Test
    @Order(4)
    void anordnarenRapporterarAvslutTillArbete() {
        anordnaren().rapporterarAvslutTillArbete();
    }

    @Test
    @Order(5)
    void handlaggarenBedomerAvslutetFranKon() {
        handlaggaren().serKon();
        handlaggaren().bedomerLyckatOchBonusgrundande();
        assertEquals(Radstatus.VANTAR_PA_BEDOMNING, resa.bonusrad().status(),
                "bonusgrundande, but the bonus waits for the sexmånadersuppföljning");
        assertEquals(Resa.BONUS, resa.bonusrad().belopp());
        assertEquals("Väntar på bedömning", ersattningen().resultatbonus(resa.insats.getInsatsId(), YearMonth.from(Resa.AVSLUT)));
    }

    @Test
    @Order(6)
    void anordnarenLamnarInSexmanadersuppfoljningen() {
        anordnaren().lamnarInSexmanadersunderlaget();
        assertEquals(Radstatus.VANTAR_PA_BEDOMNING, resa.bonusrad().status(), "submitted is not confirmed");
    }

    @Test
    @Order(7)
    void handlaggarenBekraftarOchBonusenBlirBetalbar() {
        handlaggaren().bekraftarSexmanadersunderlaget();
        assertEquals(Radstatus.ATT_BETALA, resa.bonusrad().status());
        assertEquals(Resa.BONUS, resa.bonusrad().belopp());
        assertEquals("Att betala", ersattningen().resultatbonus(resa.insats.getInsatsId(), YearMonth.from(Resa.AVSLUT)));
    }

    @Test
    @Order(8)
    void karriarvagledarenGorEffektuppfoljningen() {
        karriarvagledaren().registrerarEffektuppfoljningen();
    }

    @Test
    @Order(9)
    void enRattelseArEnNyBedomningOchDenGamlaVisasSomErsatt() {
        handlaggaren().rattarEnBedomning();
    }
}
