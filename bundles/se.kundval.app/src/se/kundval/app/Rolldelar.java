package se.kundval.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import se.kundval.app.inloggning.Rollperspektiv;
import se.kundval.model.Roll;

/**
 * Places the parts that several roles work with into each of those roles' perspectives. A UI bundle
 * contributes such a part as a part descriptor with one tag {@code kundval.roll:ROLL} per role, the
 * stack as its category ({@code kundval.huvudstack} or {@code kundval.detaljstack}, the tags the
 * perspectives' stacks carry) and {@code kundval.visas:ROLL} where the part is open from the start;
 * elsewhere it waits for Visa. This processor keeps one part per descriptor in the window's shared
 * elements and a placeholder for it in each role's stack, so the Visa menu finds it in exactly the
 * perspectives of the roles named. A processor rather than fragment elements: a fragment applied
 * again to a saved layout replaced the placeholders but not the shared part, so they pointed at a
 * part outside the model (decision 0081). It runs at every start and only adds what is missing or
 * repairs a placeholder's reference; a perspective that holds a part of that id of its own keeps it.
 */
public class Rolldelar {

    static final String ROLL = "kundval.roll:"; //$NON-NLS-1$
    static final String VISAS = "kundval.visas:"; //$NON-NLS-1$
    private static final String DETALJSTACK = "kundval.detaljstack"; //$NON-NLS-1$
    private static final String FONSTER = "se.kundval.app.window.main"; //$NON-NLS-1$

    @Execute
    void placera(MApplication app, EModelService modell) {
        if (!(modell.find(FONSTER, app) instanceof MWindow fonster)) {
            return;
        }
        for (MPartDescriptor deskriptor : app.getDescriptors()) {
            List<Roll> roller = roller(deskriptor, ROLL);
            if (!roller.isEmpty()) {
                placera(app, modell, fonster, deskriptor, roller);
            }
        }
    }

    private static void placera(MApplication app, EModelService modell, MWindow fonster, MPartDescriptor deskriptor, List<Roll> roller) {
        List<Roll> visas = roller(deskriptor, VISAS);
        for (Roll roll : roller) {
            if (!(modell.find(Rollperspektiv.forRoll(roll), app) instanceof MPerspective perspektiv)) {
                continue;
            }
            String id = deskriptor.getElementId() + ':' + perspektiv.getElementId();
            MPlaceholder befintlig = platshallare(modell, perspektiv, deskriptor.getElementId(), id);
            if (befintlig != null) {
                befintlig.setRef(delad(fonster, modell, deskriptor));
            } else if (!harEgen(modell, fonster, perspektiv, deskriptor.getElementId())) {
                MPartStack stack = stack(modell, perspektiv, deskriptor);
                if (stack != null) {
                    MPlaceholder ny = modell.createModelElement(MPlaceholder.class);
                    ny.setElementId(id);
                    ny.setContributorURI(deskriptor.getContributorURI());
                    ny.setRef(delad(fonster, modell, deskriptor));
                    ny.setCloseable(deskriptor.isCloseable());
                    ny.setToBeRendered(visas.contains(roll));
                    stack.getChildren().add(ny);
                }
            }
        }
    }

    /**
     * The perspective's placeholder for the part: ours by its id, or one a saved layout kept from an
     * earlier placement, recognised by the part it refers to.
     */
    private static MPlaceholder platshallare(EModelService modell, MPerspective perspektiv, String delId, String id) {
        return modell.findElements(perspektiv, null, MPlaceholder.class).stream()
                .filter(p -> id.equals(p.getElementId()) || p.getRef() != null && delId.equals(p.getRef().getElementId()))
                .findFirst().orElse(null);
    }

    /** A part of this id that a fragment put into the perspective itself (Handläggning's own parts). */
    private static boolean harEgen(EModelService modell, MWindow fonster, MPerspective perspektiv, String delId) {
        return modell.findElements(perspektiv, delId, MPart.class).stream().anyMatch(d -> !fonster.getSharedElements().contains(d));
    }

    private static MPartStack stack(EModelService modell, MPerspective perspektiv, MPartDescriptor deskriptor) {
        String kategori = deskriptor.getCategory() == null ? DETALJSTACK : deskriptor.getCategory();
        List<MPartStack> stackar = modell.findElements(perspektiv, null, MPartStack.class, List.of(kategori));
        return stackar.isEmpty() ? null : stackar.get(0);
    }

    private static MPart delad(MWindow fonster, EModelService modell, MPartDescriptor deskriptor) {
        for (MUIElement e : fonster.getSharedElements()) {
            if (e instanceof MPart del && deskriptor.getElementId().equals(del.getElementId())) {
                return del;
            }
        }
        MPart del = modell.createPart(deskriptor);
        fonster.getSharedElements().add(del);
        return del;
    }

    private static List<Roll> roller(MPartDescriptor deskriptor, String prefix) {
        List<Roll> roller = new ArrayList<>();
        for (String tagg : deskriptor.getTags()) {
            if (tagg.startsWith(prefix)) {
                roller.add(Roll.valueOf(tagg.substring(prefix.length())));
            }
        }
        return roller;
    }
}
