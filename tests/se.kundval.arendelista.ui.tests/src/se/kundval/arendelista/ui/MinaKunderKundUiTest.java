package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.arendelista.ui.MinaKunderFixtur.INSATSDEL;
import static se.kundval.arendelista.ui.MinaKunderFixtur.KUNDEDITOR;
import static se.kundval.arendelista.ui.MinaKunderFixtur.arenden;
import static se.kundval.arendelista.ui.MinaKunderFixtur.inloggning;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * From Mina kunder to the kund, as kv1: a click chooses the kund and the Insats part follows, a
 * double-click or Enter opens it, and the deadlines' limits and a review drive the rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinaKunderKundUiTest {

    @RegisterExtension
    static final WorkbenchExtension WB = MinaKunderFixtur.workbench();
    private static final MinaKunderFixtur F = new MinaKunderFixtur(WB);
    private static final Tabellvy VY = new Tabellvy(WB);

    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        F.efterSteg(steg);
    }

    @Test
    @Order(5)
    void dubbelklickOchEnterPublicerarKundensIdOchOppnarKunden() {
        VY.vantaPaLista();
        WB.activatePart(MinaKunderPart.ID);
        ESelectionService urval = WB.window().getContext().get(ESelectionService.class);
        Arenderad forsta = VY.rader().get(0);
        VY.klicka(Arendekolumn.KUND, 0);
        assertEquals(Long.valueOf(forsta.kundId()), urval.getSelection(MinaKunderPart.ID), "a click chooses the kund");
        VY.mus(SWT.MouseDoubleClick, Arendekolumn.KUND, 0);
        assertEquals(Long.valueOf(forsta.kundId()), urval.getSelection(MinaKunderPart.ID));
        // the editor opens once the kund has been read off the UI thread
        WB.spinUntil("the Kund editor opened", () -> KUNDEDITOR.equals(WB.activePartId()), Tabellvy.VANTETID);
        assertEquals(KUNDEDITOR, WB.activePartId(), "the Kund editor opened");
        WB.activatePart(MinaKunderPart.ID);
        VY.dubbelklicka(Arendekolumn.KUND, 0);
        List<MPart> oppna = F.kundeditorer(forsta);
        assertEquals(1, oppna.size(), "a kund already open is not opened again");
        // issue 10: the open editor comes to the front, it is not left behind the list
        assertEquals(KUNDEDITOR, WB.activePartId(), "the open Kund editor is the active part");
        assertEquals(oppna.get(0), oppna.get(0).getParent().getSelectedElement(), "the open Kund editor is on top of its stack");
        WB.spinUntil("the editor shown", () -> oppna.get(0).getWidget() instanceof Control c && c.isVisible(), Tabellvy.VANTETID);
        WB.window().getContext().get(EPartService.class).hidePart(oppna.get(0), true);
        WB.spin();
        WB.activatePart(MinaKunderPart.ID);
        Arenderad tredje = VY.rader().get(2);
        VY.klicka(Arendekolumn.KUND, 2);
        VY.tangent(SWT.CR);
        assertEquals(Long.valueOf(tredje.kundId()), urval.getSelection(MinaKunderPart.ID));
        F.stangKundeditor(tredje);
        WB.activatePart(MinaKunderPart.ID);
    }

    /**
     * Issue 10 item 4: a single click in Mina kunder chooses the kund, and the Insats part follows at
     * once (it said "Välj en kund…" until a double-click).
     */
    @Test
    @Order(6)
    void ettKlickValjerKundenOchInsatsdelenFoljer() {
        EPartService delar = WB.window().getContext().get(EPartService.class);
        delar.showPart(INSATSDEL, EPartService.PartState.VISIBLE);
        WB.activatePart(MinaKunderPart.ID);
        Label rubrik = WB.findControl(Label.class, "se.kundval.uppfoljning.ui.insats.rubrik");
        Arenderad andra = VY.rader().get(1);
        VY.klicka(Arendekolumn.KUND, 1);
        WB.spinUntil("the Insats part shows " + andra.namn(), () -> rubrik.getText().contains(andra.namn()), Tabellvy.VANTETID);
        Synkontroll.kontrollera(WB, "a click in Mina kunder");
        delar.hidePart(delar.findPart(INSATSDEL));
        WB.activatePart(MinaKunderPart.ID);
    }

    @Test
    @Order(8)
    void fristernasGranserArKundvaletsOchStyrListan() {
        Inloggning kv1 = inloggning("kv1");
        Set<Arenderad> fore = new HashSet<>(arenden(kv1, Map.of()));
        Set<Arenderad> efter = new HashSet<>(arenden(kv1, Map.of("framforhallning", 120)));
        assertNotEquals(fore, efter, "a longer look-ahead shows more deadlines in the demo data");
        assertEquals(fore, new HashSet<>(VY.rader()));
        // kv1 sees the kundval's limits but does not decide them
        WB.answerDialog("se.kundval.app.installningar", dialog -> {
            Label upplysning = WorkbenchExtension.required(dialog, Label.class, "se.kundval.app.installningar.grans.upplysning");
            WB.spinUntil("the limits read", () -> !upplysning.getText().startsWith("H\u00e4mtar"), Tabellvy.VANTETID);
            assertTrue(upplysning.getText().contains("administrat\u00f6ren"), upplysning.getText());
            Spinner falt = WorkbenchExtension.required(dialog, Spinner.class, "se.kundval.app.installningar.grans.framforhallning");
            assertFalse(falt.isEnabled(), "only the administratör changes the limits");
            assertEquals(30, falt.getSelection());
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, "se.kundval.app.installningar.avbryt"));
        });
        WB.clickMenu("Arkiv", "Inst\u00e4llningar\u2026");
        WB.assertDialogsAnswered();
        BevakningsgransService granser = Tjanster.hamta(BevakningsgransService.class);
        try {
            granser.spara(Testfall.ADMIN, Map.of("framforhallning", 120));
            // what the settings dialog tells the workbench after the administratör's save
            WB.context().get(IEventBroker.class).send("se/kundval/bevakning/granser", Boolean.TRUE);
            WB.spinUntil("the caseload with 120 days' look-ahead", () -> efter.equals(new HashSet<>(VY.rader())), Tabellvy.VANTETID);
        } finally {
            granser.spara(Testfall.ADMIN, Map.of("framforhallning", 30));
            WB.context().get(IEventBroker.class).send("se/kundval/bevakning/granser", Boolean.TRUE);
        }
        WB.spinUntil("the caseload with the default limits", () -> fore.equals(new HashSet<>(VY.rader())), Tabellvy.VANTETID);
    }

    @Test
    @Order(65)
    void rapportSomVantatPaGranskningArForsenadOchRadenFoljerGranskningen() {
        VY.vantaPaLista();
        Arenderad rad = VY.rader().stream().filter(r -> vantarPaGranskning(r).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a månadsrapport waiting for review in kv1's caseload"));
        Bevakning granska = vantarPaGranskning(rad).orElseThrow();
        assertTrue(granska.forfaller().isBefore(Testklocka.IDAG), "submitted long ago: " + granska);
        assertEquals(Bevakning.Niva.FORSENAD, granska.niva(), granska.text());
        assertTrue(rad.forsenade() >= 1, "counted in Försenade");
        VY.filtrera(Arendekolumn.KUND_ID, rad.kund());
        assertEquals(List.of(rad.kundId()), VY.rader().stream().map(Arenderad::kundId).toList());
        assertTrue(VY.tabell().getConfigLabelsByPosition(VY.kolumn(Arendekolumn.KUND), Tabellvy.RUBRIKRADER).hasLabel(Tabellstil.FORSENAD),
                "the row is red");
        assertTrue(VY.antal().endsWith("1 med f\u00f6rsenade frister"), VY.antal());

        // the review saved as the Insats part saves it, which then tells the workbench; no Uppdatera
        Manadsrapport rapport = Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, granska.insatsId()).getManadsrapporter()
                .stream().filter(m -> m.getStatus() == Manadsrapportstatus.INLAMNAD && granska.text().contains("f\u00f6r " + m.getPeriod() + ","))
                .findFirst().orElseThrow();
        Tjanster.hamta(UppfoljningService.class).granska(inloggning("kv1"), granska.insatsId(), rapport.getPeriod(), true, null);
        WB.context().get(IEventBroker.class).send("se/kundval/uppfoljning/ui/insats/andrad", granska.insatsId());
        WB.spinUntil("the row without the reviewed report", () -> VY.rader().stream().filter(r -> r.kundId() == rad.kundId())
                .flatMap(r -> r.bevakningar().stream()).noneMatch(b -> b.text().equals(granska.text())), Tabellvy.VANTETID);
        VY.filtrera(Arendekolumn.KUND_ID, "");
    }

    private static java.util.Optional<Bevakning> vantarPaGranskning(Arenderad rad) {
        return rad.bevakningar().stream().filter(b -> b.typ().equals("MANADSRAPPORT_GRANSKA"))
                .filter(b -> b.forfaller().isBefore(Testklocka.IDAG.minusDays(30))).findFirst();
    }
}
