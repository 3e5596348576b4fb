package se.kundval.arendelista.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Puts the one Mina kunder part into the window's shared elements and a placeholder for it into the
 * main stacks of Karriärvägledning, Handläggning and Anordnare. A model processor rather than
 * fragment elements: a fragment applied again to a saved layout replaced the placeholders but not
 * the shared part, so the new placeholders pointed at a part outside the model and activating it
 * failed. This runs at every start, after the fragments, and only adds what is missing or repairs a
 * placeholder's reference; a placeholder the user closed stays closed.
 */
public class MinaKunderPlacering {

    private static final String FONSTER = "se.kundval.app.window.main"; //$NON-NLS-1$
    private static final String BIDRAGSGIVARE = "platform:/plugin/se.kundval.arendelista.ui"; //$NON-NLS-1$
    private static final String KUNDER = "se.kundval.kund.ui.part.kunder"; //$NON-NLS-1$

    /** Stack, placeholder id, and whether the placeholder goes first (else after the Kunder part, or last). */
    private record Plats(String stack, String platshallare, boolean forst) {
    }

    private static final List<Plats> PLATSER = List.of(
            new Plats("se.kundval.app.partstack.karriarvagledning.main", "se.kundval.arendelista.ui.placeholder.karriarvagledning", true), //$NON-NLS-1$ //$NON-NLS-2$
            new Plats("se.kundval.app.partstack.main", "se.kundval.arendelista.ui.placeholder.handlaggning", false), //$NON-NLS-1$ //$NON-NLS-2$
            new Plats("se.kundval.app.partstack.anordnare.main", "se.kundval.arendelista.ui.placeholder.anordnare", true)); //$NON-NLS-1$ //$NON-NLS-2$

    @Execute
    void placera(MApplication app, EModelService modell) {
        if (!(modell.find(FONSTER, app) instanceof MWindow fonster)) {
            return;
        }
        MPart del = delad(fonster, modell);
        for (Plats plats : PLATSER) {
            if (modell.find(plats.stack(), app) instanceof MPartStack stack) {
                placera(stack, plats, del, modell);
            }
        }
    }

    private static MPart delad(MWindow fonster, EModelService modell) {
        for (MUIElement e : fonster.getSharedElements()) {
            if (e instanceof MPart del && MinaKunderPart.ID.equals(del.getElementId())) {
                return del;
            }
        }
        MPart del = modell.createModelElement(MPart.class);
        del.setElementId(MinaKunderPart.ID);
        del.setContributionURI("bundleclass://se.kundval.arendelista.ui/" + MinaKunderPart.class.getName()); //$NON-NLS-1$
        del.setContributorURI(BIDRAGSGIVARE);
        del.setLabel("%part.minaKunder"); //$NON-NLS-1$
        del.setTooltip("%part.minaKunder.tips"); //$NON-NLS-1$
        del.setCloseable(true);
        fonster.getSharedElements().add(del);
        return del;
    }

    private static void placera(MPartStack stack, Plats plats, MPart del, EModelService modell) {
        for (MUIElement e : stack.getChildren()) {
            if (e instanceof MPlaceholder ph && plats.platshallare().equals(ph.getElementId())) {
                if (ph.getRef() != del) {
                    ph.setRef(del);
                }
                return;
            }
        }
        MPlaceholder ph = modell.createModelElement(MPlaceholder.class);
        ph.setElementId(plats.platshallare());
        ph.setContributorURI(BIDRAGSGIVARE);
        ph.setRef(del);
        ph.setCloseable(true);
        stack.getChildren().add(plats.forst() ? 0 : efterKunder(stack), ph);
    }

    private static int efterKunder(MPartStack stack) {
        for (int i = 0; i < stack.getChildren().size(); i++) {
            if (KUNDER.equals(stack.getChildren().get(i).getElementId())) {
                return i + 1;
            }
        }
        return stack.getChildren().size();
    }
}
