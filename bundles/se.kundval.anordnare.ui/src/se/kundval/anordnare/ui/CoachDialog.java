package se.kundval.anordnare.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.kundval.model.Coach;
import se.kundval.model.KundvalFactory;

/** One coach: name, e-mail, telephone. The result is a new object; Avbryt leaves nothing changed. */
final class CoachDialog extends Dialog {

    static final String DIALOG = "se.kundval.anordnare.ui.coach"; //$NON-NLS-1$
    static final String NAMN = DIALOG + ".namn"; //$NON-NLS-1$
    static final String EPOST = DIALOG + ".epost"; //$NON-NLS-1$
    static final String TELEFON = DIALOG + ".telefon"; //$NON-NLS-1$
    static final String OK_KNAPP = DIALOG + ".ok"; //$NON-NLS-1$

    private final Coach fore;
    private Text namn;
    private Text epost;
    private Text telefon;
    private Coach resultat;

    /** @param fore the coach to change, or null for a new one */
    CoachDialog(Shell parent, Coach fore) {
        super(parent);
        this.fore = fore;
    }

    Coach resultat() {
        return resultat;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(fore == null ? Messages.nyCoach : Messages.andraCoach);
        skal.setData(AnordnarregisterPart.DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(yta);
        namn = falt(yta, Messages.kolumnCoach, NAMN, fore == null ? null : fore.getNamn());
        epost = falt(yta, Messages.kolumnEpost, EPOST, fore == null ? null : fore.getEpost());
        telefon = falt(yta, Messages.kolumnTelefon, TELEFON, fore == null ? null : fore.getTelefon());
        return yta;
    }

    private static Text falt(Composite yta, String etikett, String id, String varde) {
        new Label(yta, SWT.NONE).setText(etikett);
        Text text = new Text(yta, SWT.BORDER | SWT.SINGLE);
        text.setData(AnordnarregisterPart.DATANYCKEL, id);
        text.setText(varde == null ? "" : varde); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true).setData(AnordnarregisterPart.DATANYCKEL, OK_KNAPP);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
    }

    @Override
    protected void okPressed() {
        resultat = KundvalFactory.eINSTANCE.createCoach();
        resultat.setNamn(tomTillNull(namn.getText()));
        resultat.setEpost(tomTillNull(epost.getText()));
        resultat.setTelefon(tomTillNull(telefon.getText()));
        super.okPressed();
    }

    private static String tomTillNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
