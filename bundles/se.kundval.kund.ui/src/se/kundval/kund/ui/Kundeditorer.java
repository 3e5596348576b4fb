package se.kundval.kund.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Finds and opens Kund editors: at most one per kund, recognised by a tag with the kund's database
 * id, created from the part descriptor in the main part stack beside the Kunder list.
 */
final class Kundeditorer {

    /** Element id of the part descriptor the editors are created from. */
    static final String DESKRIPTOR = "se.kundval.kund.ui.partdescriptor.kundeditor"; //$NON-NLS-1$
    private static final String STACK = "se.kundval.app.partstack.main"; //$NON-NLS-1$
    /** The tag the shell gives each perspective's main part stack. */
    private static final String HUVUDSTACK = "kundval.huvudstack"; //$NON-NLS-1$
    private static final String TAGG = "kundval.kund:"; //$NON-NLS-1$

    private Kundeditorer() {
    }

    static String tagg(long kundId) {
        return TAGG + kundId;
    }

    /** Activates the kund's editor, opening one when there is none. */
    static MPart oppna(EPartService delar, EModelService modell, MWindow fonster, long kundId) {
        List<MPart> oppna = modell.findElements(fonster, DESKRIPTOR, MPart.class, List.of(tagg(kundId)));
        if (!oppna.isEmpty()) {
            MPart oppen = oppna.get(0);
            // on top of its stack first: activating alone leaves it behind the list it was opened from
            if (oppen.getParent() != null) {
                oppen.getParent().setSelectedElement(oppen);
            }
            return delar.showPart(oppen, PartState.ACTIVATE);
        }
        MPart del = delar.createPart(DESKRIPTOR);
        del.getPersistedState().put(KundEditor.KUND_ID, Long.toString(kundId));
        del.getTags().add(tagg(kundId));
        return visa(delar, modell, fonster, del);
    }

    /** Opens an editor for a new kund; it gets its kund-id from the service. */
    static MPart ny(EPartService delar, EModelService modell, MWindow fonster) {
        return visa(delar, modell, fonster, delar.createPart(DESKRIPTOR));
    }

    /**
     * The main part stack of the perspective in use: each role has its own, tagged by the shell
     * (docs/decisions/0080); the Handläggning one when no perspective is active.
     */
    private static MUIElement huvudstack(EModelService modell, MWindow fonster) {
        MPerspective perspektiv = modell.getActivePerspective(fonster);
        List<MPartStack> taggade = perspektiv == null ? List.of()
                : modell.findElements(perspektiv, null, MPartStack.class, List.of(HUVUDSTACK));
        return taggade.isEmpty() ? modell.find(STACK, fonster) : taggade.get(0);
    }

    private static MPart visa(EPartService delar, EModelService modell, MWindow fonster, MPart del) {
        MUIElement stack = huvudstack(modell, fonster);
        if (stack instanceof MPartStack s) {
            @SuppressWarnings("unchecked")
            MElementContainer<MUIElement> behallare = (MElementContainer<MUIElement>) (MElementContainer<?>) s;
            behallare.getChildren().add(del);
        }
        return delar.showPart(del, PartState.ACTIVATE);
    }
}
