package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.TestInfo;
import org.osgi.service.prefs.BackingStoreException;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Demodatabas;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * What the journeys through Mina kunder share: a workbench of their own on the demo database, logged
 * in through the login dialog as the demo karriärvägledare kv1 with Mina kunder's default layout, the
 * services' view of the same caseload, and the check after every step.
 */
final class MinaKunderFixtur {

    /** The Kund UI's editor (se.kundval.kund.ui), opened by its command "Öppna kund". */
    static final String KUNDEDITOR = "se.kundval.kund.ui.partdescriptor.kundeditor";
    /** The Insats part (se.kundval.uppfoljning.ui), which follows the chosen kund. */
    static final String INSATSDEL = "se.kundval.uppfoljning.ui.part.insats";

    private final WorkbenchExtension wb;

    MinaKunderFixtur(WorkbenchExtension wb) {
        this.wb = wb;
    }

    /**
     * The workbench of one journey. The users' layouts of Mina kunder are instance preferences, which
     * outlive a class's workbench: they are forgotten first, so each journey starts from the default one
     * whichever ran before it.
     */
    static WorkbenchExtension workbench() {
        return WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi").beforeStart(() -> {
            Demodatabas.skapa();
            IEclipsePreferences layouter = InstanceScope.INSTANCE.getNode("se.kundval.arendelista.ui");
            try {
                layouter.clear();
                layouter.flush();
            } catch (BackingStoreException e) {
                throw new IllegalStateException(e);
            }
        }).loggaIn("kv1", Demodatabas.LOSENORD);
    }

    static Inloggning inloggning(String anvandarnamn) {
        return Tjanster.hamta(AnvandareService.class).loggaIn(anvandarnamn, Demodatabas.LOSENORD.toCharArray()).orElseThrow();
    }

    static List<Arenderad> arenden(Inloggning vem, Map<String, Integer> granser) {
        return Tjanster.hamta(ArendelistaService.class).arenden(vem, new Bevakningsgranser(granser));
    }

    static Set<Long> kunder(List<Arenderad> rader) {
        return rader.stream().map(Arenderad::kundId).collect(Collectors.toSet());
    }

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    void efterSteg(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(Method::getName).orElse("steg");
        Synkontroll.kontrollera(wb, namn);
        Delbilder.spara(wb, "minakunder-" + namn);
    }

    String perspektiv() {
        MPerspectiveStack stack = (MPerspectiveStack) wb.context().get(EModelService.class).find("se.kundval.app.perspektivstack",
                wb.application());
        return stack.getSelectedElement().getElementId();
    }

    List<MPart> kundeditorer(Arenderad rad) {
        return wb.context().get(EModelService.class).findElements(wb.window(), KUNDEDITOR, MPart.class,
                List.of("kundval.kund:" + rad.kundId()));
    }

    /**
     * The Kund UI opens the published kund in its editor, in the main stack of the perspective in use
     * (the karriärvägledare's, not Handläggning's); closed again so the caseload is on top.
     */
    void stangKundeditor(Arenderad rad) {
        assertEquals(KUNDEDITOR, wb.activePartId(), "the Kund editor opened");
        EPartService delar = wb.window().getContext().get(EPartService.class);
        MPart editor = delar.getActivePart();
        assertEquals("se.kundval.app.partstack.karriarvagledning.main", editor.getParent().getElementId());
        wb.spinUntil("the editor shows " + rad.namn(), () -> rad.namn().equals(editor.getLocalizedLabel()), Tabellvy.VANTETID);
        delar.hidePart(editor, true);
        wb.spin();
    }
}
