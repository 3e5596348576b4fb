package se.kundval.kund.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
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
            return delar.showPart(oppna.get(0), PartState.ACTIVATE);
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

    private static MPart visa(EPartService delar, EModelService modell, MWindow fonster, MPart del) {
        MUIElement stack = modell.find(STACK, fonster);
        if (stack instanceof MPartStack s) {
            @SuppressWarnings("unchecked")
            MElementContainer<MUIElement> behallare = (MElementContainer<MUIElement>) (MElementContainer<?>) s;
            behallare.getChildren().add(del);
        }
        return delar.showPart(del, PartState.ACTIVATE);
    }
}
