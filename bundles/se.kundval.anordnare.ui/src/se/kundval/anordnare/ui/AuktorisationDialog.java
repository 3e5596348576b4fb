package se.kundval.anordnare.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.model.Auktorisation;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.Meddelanden;

/**
 * One auktorisation: the insats type, the first day and the last (or "tills vidare"). The result is
 * a new object; the caller copies it into the anordnare, so Avbryt leaves nothing changed.
 */
final class AuktorisationDialog extends Dialog {

    static final String DIALOG = "se.kundval.anordnare.ui.auktorisation"; //$NON-NLS-1$
    static final String TYP = DIALOG + ".typ"; //$NON-NLS-1$
    static final String FRAN = DIALOG + ".fran"; //$NON-NLS-1$
    static final String TILLS_VIDARE = DIALOG + ".tillsVidare"; //$NON-NLS-1$
    static final String TILL = DIALOG + ".till"; //$NON-NLS-1$
    static final String OK_KNAPP = DIALOG + ".ok"; //$NON-NLS-1$

    private final List<Insatstyp> typer;
    private final Auktorisation fore;
    private final LocalDate idag;
    private Combo typ;
    private DateTime fran;
    private Button tillsVidare;
    private DateTime till;
    private Auktorisation resultat;

    /**
     * @param fore the auktorisation to change, or null for a new one
     * @param idag the day a new auktorisation starts on unless the user changes it
     */
    AuktorisationDialog(Shell parent, List<Insatstyp> typer, Auktorisation fore, LocalDate idag) {
        super(parent);
        this.typer = typer;
        this.fore = fore;
        this.idag = idag;
    }

    Auktorisation resultat() {
        return resultat;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(fore == null ? Messages.nyAuktorisation : Messages.andraAuktorisation);
        skal.setData(AnordnarregisterPart.DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(yta);
        new Label(yta, SWT.NONE).setText(Meddelanden.falt(Literals.AUKTORISATION__INSATSTYP));
        typ = new Combo(yta, SWT.READ_ONLY | SWT.DROP_DOWN);
        typ.setData(AnordnarregisterPart.DATANYCKEL, TYP);
        typer.forEach(t -> typ.add(Insatstyper.etikett(t)));
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(typ);
        new Label(yta, SWT.NONE).setText(Meddelanden.falt(Literals.AUKTORISATION__FRAN));
        fran = datum(yta, FRAN);
        new Label(yta, SWT.NONE).setText(Meddelanden.falt(Literals.AUKTORISATION__TILL));
        tillsVidare = new Button(yta, SWT.CHECK);
        tillsVidare.setText(Messages.tillsVidare);
        tillsVidare.setData(AnordnarregisterPart.DATANYCKEL, TILLS_VIDARE);
        new Label(yta, SWT.NONE);
        till = datum(yta, TILL);
        tillsVidare.addListener(SWT.Selection, e -> till.setEnabled(!tillsVidare.getSelection()));
        visa();
        return yta;
    }

    private static DateTime datum(Composite yta, String id) {
        DateTime d = new DateTime(yta, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        d.setData(AnordnarregisterPart.DATANYCKEL, id);
        return d;
    }

    private void visa() {
        int index = fore == null || fore.getInsatstyp() == null ? 0
                : typer.stream().map(Insatstyp::getKod).toList().indexOf(fore.getInsatstyp().getKod());
        typ.select(Math.max(index, 0));
        satt(fran, fore == null || fore.getFran() == null ? idag : fore.getFran());
        LocalDate slut = fore == null ? null : fore.getTill();
        tillsVidare.setSelection(slut == null);
        satt(till, slut == null ? idag : slut);
        till.setEnabled(slut != null);
    }

    private static void satt(DateTime falt, LocalDate dag) {
        falt.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
    }

    private static LocalDate las(DateTime falt) {
        return LocalDate.of(falt.getYear(), falt.getMonth() + 1, falt.getDay());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true).setData(AnordnarregisterPart.DATANYCKEL, OK_KNAPP);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
    }

    @Override
    protected void okPressed() {
        resultat = KundvalFactory.eINSTANCE.createAuktorisation();
        resultat.setInsatstyp(typer.isEmpty() ? null : typer.get(typ.getSelectionIndex()));
        resultat.setFran(las(fran));
        resultat.setTill(tillsVidare.getSelection() ? null : las(till));
        super.okPressed();
    }
}
