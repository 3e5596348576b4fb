package se.kundval.beviljande.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A WizardDialog with Swedish buttons (JFace ships its labels in English only) that carry data keys
 * {@code se.kundval.beviljande.ui.knapp.<id>} for tests.
 */
final class Guidedialog extends WizardDialog {

    static final String KNAPP = "se.kundval.beviljande.ui.knapp."; //$NON-NLS-1$

    Guidedialog(Shell skal, IWizard guide) {
        super(skal, guide);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        svenska(IDialogConstants.BACK_ID, Messages.knappTillbaka, "tillbaka"); //$NON-NLS-1$
        svenska(IDialogConstants.NEXT_ID, Messages.knappNasta, "nasta"); //$NON-NLS-1$
        svenska(IDialogConstants.FINISH_ID, Messages.knappSlutfor, "slutfor"); //$NON-NLS-1$
        svenska(IDialogConstants.CANCEL_ID, Messages.knappAvbryt, "avbryt"); //$NON-NLS-1$
    }

    private void svenska(int id, String text, String nyckel) {
        Button knapp = getButton(id);
        if (knapp != null) {
            knapp.setText(text);
            knapp.setData(BeviljaInsatsHandler.DATANYCKEL, KNAPP + nyckel);
        }
    }
}
