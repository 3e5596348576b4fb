package se.kundval.app;

import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;

import se.kundval.app.inloggning.Inloggningsdialog;
import se.kundval.app.inloggning.Rollperspektiv;
import se.kundval.app.installningar.Databasinstallning;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;

/**
 * Prepares the workbench before its window is rendered: resets a layout saved by an older application
 * model, connects the database, lets the user log in and puts the {@link Inloggning} into the
 * application context (parts and handlers inject it), then selects the perspective of the user's
 * role. When the user cancels the login no window is rendered and the application ends.
 */
public class Livscykel {

    /** True when the user cancelled the login: the windows were kept from rendering. */
    private boolean avbruten;

    @PostContextCreate
    void forbered(IEclipseContext kontext) {
        new Modellversion().aterstallLayoutOmModellenAndrats();
        Databas databas = kontext.get(Databas.class);
        anslut(databas);
        Optional<Inloggning> vem = new Inloggningsdialog(null, kontext.get(AnvandareService.class), databas,
                kontext.get(UISynchronize.class)).logga();
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

    /**
     * Connects the database chosen in Inställningar (or, until one is chosen, the embedded file named
     * by {@code -Dkundval.db}), unless the platform is already connected (a test that prepared its own
     * database). A failure is shown; the login dialog then shows that no database is connected and
     * lets the user choose another.
     */
    private static void anslut(Databas databas) {
        if (databas.arAnsluten()) {
            return;
        }
        try {
            databas.anslut(Databasinstallning.vidStart().anslutning());
        } catch (KundvalException e) {
            MessageDialog.openError(null, Messages.databasfelRubrik, e.getMessage());
        }
    }
}
