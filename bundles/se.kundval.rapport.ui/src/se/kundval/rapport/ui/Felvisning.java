package se.kundval.rapport.ui;

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
final class Felvisning {

    private Felvisning() {
    }

    static void visa(Shell skal, RuntimeException fel) {
        if (skal == null || skal.isDisposed()) {
            ILog.of(Felvisning.class).error(fel.getMessage(), fel);
            return;
        }
        if (fel instanceof KundvalException) {
            MessageDialog.openError(skal, Messages.felRubrik, fel.getMessage());
        } else {
            ILog.of(Felvisning.class).error(fel.getMessage(), fel);
            MessageDialog.openError(skal, Messages.felRubrik, NLS.bind(Messages.ovantatFel, fel));
        }
    }
}
