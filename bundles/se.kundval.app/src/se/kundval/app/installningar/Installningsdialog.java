package se.kundval.app.installningar;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import se.kundval.app.Messages;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;

/**
 * Arkiv > Inställningar: the caseload's deadline limits (saved at once; the caseload follows), the
 * database (used from the next start) and the theme (switched at once and remembered).
 */
public final class Installningsdialog extends Dialog {

    /** Data key and ids of the dialog's shell and widgets, for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String DIALOG = "se.kundval.app.installningar"; //$NON-NLS-1$
    public static final String FLIKAR = DIALOG + ".flikar"; //$NON-NLS-1$
    public static final String OK = DIALOG + ".ok"; //$NON-NLS-1$
    public static final String AVBRYT = DIALOG + ".avbryt"; //$NON-NLS-1$

    private final Databas databas;
    private final UISynchronize ui;
    private final IThemeEngine temamotor;
    private Bevakningsflik bevakningar;
    private Databasflik databasflik;
    private Utseendeflik utseende;
    private Databasinstallning sparadDatabas;

    /** @param temamotor the theme engine, or null when the workbench runs without CSS */
    public Installningsdialog(Shell parent, Databas databas, UISynchronize ui, IThemeEngine temamotor) {
        super(parent);
        this.databas = databas;
        this.ui = ui;
        this.temamotor = temamotor;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.installningarRubrik);
        skal.setData(DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(yta);
        TabFolder flikar = new TabFolder(yta, SWT.TOP);
        flikar.setData(DATANYCKEL, FLIKAR);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(flikar);
        bevakningar = new Bevakningsflik(flikar);
        bevakningar.visa(Bevakningsgrans.las());
        flik(flikar, Messages.flikBevakningar, bevakningar.kontroll());
        databasflik = new Databasflik(flikar, databas, ui);
        sparadDatabas = Databasinstallning.vidStart();
        databasflik.visa(sparadDatabas);
        Label nastaStart = new Label(databasflik.kontroll(), SWT.WRAP);
        nastaStart.setText(Messages.databasNastaStart);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(nastaStart);
        flik(flikar, Messages.flikDatabas, databasflik.kontroll());
        utseende = new Utseendeflik(flikar, temamotor);
        flik(flikar, Messages.flikUtseende, utseende.kontroll());
        return yta;
    }

    private static void flik(TabFolder flikar, String rubrik, Control innehall) {
        TabItem flik = new TabItem(flikar, SWT.NONE);
        flik.setText(rubrik);
        flik.setControl(innehall);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true).setData(DATANYCKEL, OK);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false).setData(DATANYCKEL, AVBRYT);
    }

    @Override
    protected void okPressed() {
        try {
            Bevakningsgrans.spara(bevakningar.granser());
            Databasinstallning ny = databasflik.installning();
            if (!ny.equals(sparadDatabas)) {
                ny.spara();
            }
            bytTema(utseende.valtTema());
        } catch (KundvalException e) {
            MessageDialog.openError(getShell(), Messages.installningarRubrik, e.getMessage());
            return;
        }
        super.okPressed();
    }

    private void bytTema(String id) {
        ITheme aktivt = temamotor == null ? null : temamotor.getActiveTheme();
        if (temamotor != null && (aktivt == null || !id.equals(aktivt.getId()))) {
            temamotor.setTheme(id, true);
            // the engine restyles what it styled before; the parts' own widgets need a full pass
            temamotor.applyStyles(getParentShell(), true);
        }
    }
}
