package se.kundval.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.KundvalException;

/**
 * The one way every UI bundle shows a failed service call. The service layer's exceptions carry a
 * Swedish message meant for the user and are shown as they are; anything else is a fault, logged with
 * its stack trace (which never reaches the user) and shown as "something unexpected happened". A
 * failure that arrives after its window closed is still logged, so nothing is lost silently.
 */
public final class Felvisning {

    private Felvisning() {
    }

    public static void visa(Shell skal, RuntimeException fel) {
        logga(fel);
        if (skal == null || skal.isDisposed()) {
            return;
        }
        MessageDialog.openError(skal, Messages.felRubrik, text(fel));
    }

    /** What the user reads about the failure: the service's own message, or that something unexpected happened. */
    public static String text(RuntimeException fel) {
        return fel instanceof KundvalException ? fel.getMessage() : NLS.bind(Messages.ovantatFel, fel.getClass().getSimpleName());
    }

    private static void logga(RuntimeException fel) {
        if (fel instanceof KundvalException) {
            ILog.of(Felvisning.class).warn(fel.getMessage());
        } else {
            ILog.of(Felvisning.class).error(String.valueOf(fel.getMessage()), fel);
        }
    }
}
