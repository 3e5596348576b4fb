package se.kundval.app;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Roll;

/**
 * Prepares the workbench before its model is loaded: resets a layout saved by an older application
 * model, connects the database and puts the current user into the application context, where parts
 * and handlers get it by injection.
 */
public class Livscykel {

    @PostContextCreate
    void forbered(IEclipseContext kontext) {
        new Modellversion().aterstallLayoutOmModellenAndrats();
        kontext.set(Inloggning.class, demoanvandare());
        anslut(kontext.get(Databas.class));
    }

    /** Until login exists every session is a handläggare, who may see full personnummer. */
    private static Inloggning demoanvandare() {
        return new Inloggning("handlaggare", Messages.demoanvandare, Roll.HANDLAGGARE, null); //$NON-NLS-1$
    }

    /**
     * Connects the embedded database named by the system property {@code kundval.db}, unless the
     * platform is already connected (a test that prepared its own database, a later login dialog).
     * A failure is shown and the workbench starts anyway, so that the user sees the parts and the
     * reason instead of a window that never opens.
     */
    private static void anslut(Databas databas) {
        if (databas.arAnsluten()) {
            return;
        }
        String fil = System.getProperty("kundval.db", Path.of(System.getProperty("user.home"), ".kundval", "demo").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            databas.anslut(Databasanslutning.inbaddad(Path.of(fil)));
        } catch (KundvalException e) {
            MessageDialog.openError(null, Messages.databasfelRubrik, e.getMessage());
        }
    }
}
