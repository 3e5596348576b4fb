package se.kundval.app.inloggning;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.app.Messages;
import se.kundval.klient.Certifikatkontroll;

/**
 * The first time the workbench meets a server: shows the fingerprint of its certificate and asks
 * whether it is the one the IT administrator gave (trust on first use). Called from the login's
 * background job; the question waits on the UI thread, and the default answer is No.
 */
final class Certifikatfraga implements Certifikatkontroll {

    private final Shell skal;
    private final UISynchronize ui;

    Certifikatfraga(Shell skal, UISynchronize ui) {
        this.skal = skal;
        this.ui = ui;
    }

    @Override
    public boolean godta(URI server, String sha256) {
        AtomicBoolean ja = new AtomicBoolean();
        ui.syncExec(() -> {
            if (skal.isDisposed()) {
                return;
            }
            MessageDialog fraga = new MessageDialog(skal, Messages.certifikatRubrik, null,
                    NLS.bind(Messages.certifikatFraga, server.getAuthority(), sha256),
                    MessageDialog.QUESTION, 1, Messages.certifikatGodta, Messages.avbryt);
            ja.set(fraga.open() == 0);
        });
        return ja.get();
    }
}
