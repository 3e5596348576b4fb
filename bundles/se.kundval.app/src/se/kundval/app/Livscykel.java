package se.kundval.app;

import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import se.kundval.app.inloggning.Inloggningsdialog;
import se.kundval.app.inloggning.Rollperspektiv;
import se.kundval.core.Inloggning;

/**
 * Prepares the workbench before its window is rendered: resets a layout saved by an older application
 * model, lets the user log in (the login dialog connects the local database, or logs in on a server,
 * off the UI thread) and puts the {@link Inloggning} into the application context (parts and handlers
 * inject it), then selects the perspective of the user's role. When the user cancels the login no
 * window is rendered and the application ends.
 */
public class Livscykel {

    /** True when the user cancelled the login: the windows were kept from rendering. */
    private boolean avbruten;

    @PostContextCreate
    void forbered(IEclipseContext kontext) {
        new Modellversion().aterstallLayoutOmModellenAndrats();
        Optional<Inloggning> vem = new Inloggningsdialog(null, kontext).logga();
        vem.ifPresent(v -> kontext.set(Inloggning.class, v));
        avbruten = vem.isEmpty();
    }

    /**
     * The model is loaded (the saved layout or Application.e4xmi, with the fragments merged) and not
     * yet rendered. After a cancelled login no window is to be rendered: the rendering engine's event
     * loop then ends at once. That model may be saved as the layout, so a later start renders the
     * windows again here, before anything is drawn (setting the flag on a live model would render it).
     */
    @ProcessAdditions
    void valjPerspektiv(MApplication app, EModelService modell) {
        for (MWindow fonster : app.getChildren()) {
            fonster.setToBeRendered(!avbruten);
        }
        if (!avbruten) {
            Rollperspektiv.valj(app, modell, app.getContext().get(Inloggning.class).roll());
        }
    }

    /** The layout is saved so that the next start can merge the fragments into it. */
    @PreSave
    void forSparning(MApplication app) {
        Stackval.glomDelarAvFragment(app);
    }
}
