package se.kundval.app.inloggning;

import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.app.Databasbeskrivning;
import se.kundval.app.Messages;
import se.kundval.app.installningar.Databasdialog;
import se.kundval.app.installningar.Databasinstallning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The login dialog's line about the local database: which one a local login connects, and the choice
 * of another through the settings' {@link Databasdialog}, so that a user whose saved connection no
 * longer works still reaches it. Hidden for a server login, which never opens a local database.
 */
final class Databasrad {

    private final IEclipseContext kontext;
    private final Label rad;

    /** The row, spanning the dialog's two columns. */
    Databasrad(Composite yta, IEclipseContext kontext) {
        this.kontext = kontext;
        rad = new Label(yta, SWT.WRAP);
        rad.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.DATABAS);
        rad.setData(Inloggningsdialog.CSS_KLASS, "upplysning"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(rad);
        visa();
    }

    void synlig(boolean ja) {
        rad.setVisible(ja);
        ((GridData) rad.getLayoutData()).exclude = !ja;
    }

    /** The connected database, or until one is connected the one the login will connect. */
    void visa() {
        Databasanslutning anslutning = kontext.get(Databas.class).anslutning();
        if (anslutning == null) {
            anslutning = Databasinstallning.vidStart().anslutning();
        }
        rad.setText(NLS.bind(Messages.databas, Databasbeskrivning.av(anslutning)));
    }

    /** Lets the user choose another local database; true when one was chosen, and the row shows it. */
    boolean byt(Shell skal) {
        Optional<Databasanslutning> ny = new Databasdialog(skal, kontext.get(Databas.class), kontext.get(UISynchronize.class))
                .valj();
        ny.ifPresent(a -> visa());
        return ny.isPresent();
    }
}
