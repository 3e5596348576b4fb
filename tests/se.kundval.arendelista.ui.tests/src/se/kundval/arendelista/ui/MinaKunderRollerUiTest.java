package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.arendelista.ui.MinaKunderFixtur.INSATSDEL;
import static se.kundval.arendelista.ui.MinaKunderFixtur.arenden;
import static se.kundval.arendelista.ui.MinaKunderFixtur.inloggning;
import static se.kundval.arendelista.ui.MinaKunderFixtur.kunder;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Insats;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Demodatabas;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Mina kunder across logins: the demo anordnare anordnare1 reaches only its own kunder, and after
 * Logga ut nothing of the previous user's shows to the next (kv1, the loggranskare, kv1 again).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinaKunderRollerUiTest {

    @RegisterExtension
    static final WorkbenchExtension WB = MinaKunderFixtur.workbench();
    private static final MinaKunderFixtur F = new MinaKunderFixtur(WB);
    private static final Tabellvy VY = new Tabellvy(WB);

    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        F.efterSteg(steg);
    }

    @Test
    @Order(70)
    void anordnarenNarBaraSinaEgnaKunder() {
        WB.nextLogin("anordnare1", Demodatabas.LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        assertEquals("se.kundval.app.perspektiv.anordnare", F.perspektiv());
        Inloggning anordnare1 = inloggning("anordnare1");
        String egen = Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Testfall.ADMIN, anordnare1.orgnr()).orElseThrow().getNamn();
        List<Arenderad> egna = arenden(anordnare1, Map.of());
        WB.spinUntil("the anordnare's caseload", () -> kunder(egna).equals(kunder(VY.rader())), Tabellvy.VANTETID);
        assertTrue(VY.rader().stream().allMatch(r -> egen.equals(r.anordnare())), "only its own insatser");
        assertTrue(VY.rubriker().contains("Anordnare"), "anordnare1 has a layout of its own");

        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Arenderad annans = arenden(inloggning("hl1"), Map.of()).stream()
                .filter(r -> insatser.forKund(Testfall.ADMIN, r.kundId()).stream()
                        .noneMatch(i -> i.getAnordnare().getOrgnr().equals(anordnare1.orgnr())))
                .findFirst().orElseThrow();
        assertFalse(kunder(VY.rader()).contains(annans.kundId()));
        VY.filtrera(Arendekolumn.KUND_ID, annans.kund());
        assertTrue(VY.rader().isEmpty() && VY.antal().startsWith("Visar 0 av "), VY.antal());
        VY.filtrera(Arendekolumn.KUND_ID, "");
        assertThrows(AtkomstNekadException.class, () -> Tjanster.hamta(KundService.class).hamta(anordnare1, annans.kundId()));
        assertTrue(insatser.forKund(anordnare1, annans.kundId()).isEmpty());
        Insats annanInsats = insatser.forKund(Testfall.ADMIN, annans.kundId()).get(0);
        assertThrows(AtkomstNekadException.class, () -> insatser.hamta(anordnare1, annanInsats.getId()));
        assertFalse(kunder(egna).contains(annans.kundId()));
    }

    @Test
    @Order(80)
    void anordnarenHarInsatsenIPerspektivetMenInteKundlistan() {
        assertEquals("se.kundval.app.perspektiv.anordnare", F.perspektiv());
        assertTrue(WB.menuEnabled("Visa", "Insats"), "the anordnare writes plans and månadsrapporter in the Insats part");
        assertFalse(WB.menuEnabled("Visa", "Kunder"), "the whole kund register is the handläggare's");
        assertFalse(WB.menuEnabled("Visa", "Avslutsbed\u00f6mning"));
        WB.clickMenu("Visa", "Insats");
        assertEquals("se.kundval.uppfoljning.ui.part.insats", WB.activePartId());
        assertEquals("se.kundval.app.perspektiv.anordnare", F.perspektiv());
    }

    /**
     * Issue 10 item 10: after Logga ut and a login as another role no part shows the previous user's
     * kund: the Insats part waits for a choice and the previous user's kund editor is closed.
     */
    @Test
    @Order(90)
    void efterInloggningSomAnnanVisasIngenAvForraAnvandarensKunder() {
        WB.activatePart(MinaKunderPart.ID);
        Arenderad forsta = VY.rader().get(0);
        VY.klicka(Arendekolumn.KUND, 0);
        VY.mus(SWT.MouseDoubleClick, Arendekolumn.KUND, 0);
        WB.spinUntil("the kund editor", () -> !F.kundeditorer(forsta).isEmpty(), Tabellvy.VANTETID);
        WB.nextLogin("kv1", Demodatabas.LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        WB.waitForBackground();
        WB.spin();
        assertEquals("se.kundval.app.perspektiv.karriarvagledning", F.perspektiv());
        assertTrue(F.kundeditorer(forsta).stream().noneMatch(MPart::isToBeRendered), "the previous user's kund editor is closed");
        assertNull(WB.context().getActiveLeaf().get(IServiceConstants.ACTIVE_SELECTION),
                "no part publishes the previous user's choice, which a Kund part of the new perspective would show");
        for (MPart insats : WB.context().get(EModelService.class).findElements(WB.application(), INSATSDEL, MPart.class)) {
            if (insats.getWidget() instanceof Composite yta && !yta.isDisposed()) {
                Label rubrik = WB.findControl(yta, Label.class, "se.kundval.uppfoljning.ui.insats.rubrik");
                assertFalse(rubrik.getText().contains(forsta.namn()), rubrik.getText());
            }
        }
        Synkontroll.kontrollera(WB, "logga in som kv1 efter anordnare1");
    }

    /**
     * After a karriärvägledare, the loggranskare logs in without a refusal in front of him: the Mina
     * kunder part left in the window by the last user no longer reads kunder he may not read.
     */
    @Test
    @Order(95)
    void loggranskarenLoggarInUtanAttFaEttNej() {
        WB.nextLogin("granskare", Demodatabas.LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.waitForBackground();
        WB.spin();
        WB.assertDialogsAnswered();
        assertEquals("se.kundval.app.perspektiv.loggkontroll", F.perspektiv());
    }

    /** And back: the loggranskare's Loggkontroll left in the window does not read the log for kv1. */
    @Test
    @Order(96)
    void efterLoggranskarenLoggarKarriarvagledarenInUtanAttFaEttNej() {
        WB.nextLogin("kv1", Demodatabas.LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.waitForBackground();
        WB.spin();
        WB.assertDialogsAnswered();
        assertEquals("se.kundval.app.perspektiv.karriarvagledning", F.perspektiv());
    }
}
