package se.kundval.uppfoljning.ui.delat;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.KundvalException;

/**
 * Shows a failed service call to the user. The service layer's exceptions carry a Swedish message
 * meant for the user and are shown as they are; anything else is a fault, logged with its stack
 * trace and shown with its technical message.
 */
public final class Felvisning {

    private Felvisning() {
    }

    public static void visa(Shell skal, RuntimeException fel) {
        if (!(fel instanceof KundvalException)) {
            ILog.of(Felvisning.class).error(fel.getMessage(), fel);
        }
        if (skal == null || skal.isDisposed()) {
            return;
        }
        MessageDialog.openError(skal, Messages.felRubrik, text(fel));
    }

    /** What the user reads about the failure: the service's own message, or that something unexpected happened. */
    public static String text(RuntimeException fel) {
        return fel instanceof KundvalException ? fel.getMessage() : NLS.bind(Messages.ovantatFel, fel);
    }
}
