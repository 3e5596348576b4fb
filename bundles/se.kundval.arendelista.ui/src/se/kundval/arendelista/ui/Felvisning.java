package se.kundval.arendelista.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.KundvalException;

/**
 * Shows a failed service call: the service layer's exceptions carry a Swedish message for the user;
 * anything else is a fault, logged with its stack trace and shown with its technical message.
 */
final class Felvisning {

    private Felvisning() {
    }

    static void visa(Shell skal, RuntimeException fel) {
        if (fel instanceof KundvalException) {
            MessageDialog.openError(skal, Messages.felRubrik, fel.getMessage());
        } else {
            ILog.of(Felvisning.class).error(fel.getMessage(), fel);
            MessageDialog.openError(skal, Messages.felRubrik, NLS.bind(Messages.ovantatFel, fel));
        }
    }
}
