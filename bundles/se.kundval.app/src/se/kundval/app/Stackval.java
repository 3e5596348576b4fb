package se.kundval.app;

import java.util.Iterator;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.emf.ecore.EObject;

/**
 * Keeps the saved layout startable. The UI bundles' model fragments are applied at every start
 * (decision 0081), and E4 replaces a part a fragment puts into a stack when the saved one differs
 * from it, as Avslutsbedömning, Ersättning and the report parts do once the user opened them (the
 * fragment has them hidden). When that part was the stack's chosen tab, E4 sets the choice before the
 * replacement is in the stack and the workbench did not start again ("The selected element … is
 * not a child"). So a stack whose chosen tab is such a part is saved without a choice, and shows its
 * first tab at the next start; a placeholder of a shared part is never replaced and keeps its place
 * (docs/decisions/0399-sparad-layout-startar.md).
 */
final class Stackval {

    private Stackval() {
    }

    /** Before the layout is saved: no stack names a part of its own as its chosen tab. */
    static void glomDelarAvFragment(MApplication app) {
        for (Iterator<EObject> i = ((EObject) app).eAllContents(); i.hasNext();) {
            if (i.next() instanceof MPartStack stack && stack.getSelectedElement() instanceof MPart) {
                stack.setSelectedElement(null);
            }
        }
    }
}
