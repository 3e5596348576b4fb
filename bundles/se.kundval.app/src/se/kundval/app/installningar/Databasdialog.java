package se.kundval.app.installningar;

import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.app.Messages;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * From the login dialog: chooses another database and connects to it at once (nothing else uses the
 * connection before login). The choice is saved for later starts as in Inställningar > Databas.
 */
public final class Databasdialog extends Dialog {

    public static final String DIALOG = "se.kundval.app.databas"; //$NON-NLS-1$
    /** The Anslut button, found by this id in the UI tests. */
    public static final String ANSLUT = DIALOG + ".anslut"; //$NON-NLS-1$

    private final Databas databas;
    private final UISynchronize ui;
    private Databasflik flik;
    private Label fel;
    private Databasanslutning ansluten;

    public Databasdialog(Shell parent, Databas databas, UISynchronize ui) {
        super(parent);
        this.databas = databas;
        this.ui = ui;
    }

    /** The new connection, or empty when the user cancelled. */
    public Optional<Databasanslutning> valj() {
        return open() == OK ? Optional.of(ansluten) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.databasRubrik);
        skal.setData(Installningsdialog.DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        flik = new Databasflik(yta, databas, ui);
        flik.visa(Databasinstallning.vidStart());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(flik.kontroll());
        fel = new Label(yta, SWT.WRAP);
        fel.setForeground(yta.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(12, 0).applyTo(fel);
        return yta;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.anslut, true).setData(Installningsdialog.DATANYCKEL, ANSLUT);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
    }

    @Override
    protected void okPressed() {
        Databasinstallning installning = flik.installning();
        try {
            if (installning.krypterad()) {
                // its key is asked for by the login dialog (decision 0386): nothing is connected until then
                databas.stang();
            } else {
                databas.anslut(installning.anslutning());
            }
            installning.spara();
        } catch (KundvalException e) {
            fel.setText(e.getMessage());
            getShell().layout(true, true);
            return;
        }
        ansluten = installning.anslutning();
        super.okPressed();
    }
}
