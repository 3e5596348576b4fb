package se.kundval.app.installningar;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import se.kundval.app.Messages;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.Databas;

/**
 * Arkiv > Inställningar: the caseload's deadline limits (the kundval's, read in the background and
 * saved centrally by the administratör; every caseload follows), the database (used from the next
 * start) and the theme (switched at once and remembered, on this computer for this user).
 */
public final class Installningsdialog extends Dialog {

    /** Data key and ids of the dialog's shell and widgets, for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String DIALOG = "se.kundval.app.installningar"; //$NON-NLS-1$
    public static final String FLIKAR = DIALOG + ".flikar"; //$NON-NLS-1$
    public static final String OK = DIALOG + ".ok"; //$NON-NLS-1$
    public static final String AVBRYT = DIALOG + ".avbryt"; //$NON-NLS-1$
    /** Event topic posted after the administratör saved the deadline limits. */
    public static final String GRANSER_ANDRADE = "se/kundval/bevakning/granser"; //$NON-NLS-1$

    private final Databas databas;
    private final UISynchronize ui;
    private final IThemeEngine temamotor;
    private final Inloggning vem;
    private final BevakningsgransService granser;
    private final IEventBroker handelser;
    private Bevakningsflik bevakningar;
    /** The limits as read, to save only a change; null until read. */
    private Map<Bevakningsgrans, Integer> lasta;
    private Databasflik databasflik;
    private Utseendeflik utseende;
    private Databasinstallning sparadDatabas;

    /**
     * @param temamotor the theme engine, or null when the workbench runs without CSS
     * @param vem       who is logged in, or null before a login
     * @param granser   the limits' service, or null without a database
     */
    public Installningsdialog(Shell parent, Databas databas, UISynchronize ui, IThemeEngine temamotor, Inloggning vem,
            BevakningsgransService granser, IEventBroker handelser) {
        super(parent);
        this.databas = databas;
        this.ui = ui;
        this.temamotor = temamotor;
        this.vem = vem;
        this.granser = granser;
        this.handelser = handelser;
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
        lasGranser();
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

    /** Reads the kundval's limits off the UI thread; the tab shows them, or why not, when they arrive. */
    private void lasGranser() {
        if (vem == null || granser == null) {
            bevakningar.fel(Messages.gransInteInloggad);
            return;
        }
        boolean redigerbar = vem.har(Rattighet.ADMINISTRERA_BEVAKNINGAR);
        Job.create(Messages.gransHamtas, (IProgressMonitor monitor) -> {
            try {
                Map<Bevakningsgrans, Integer> sparade = Bevakningsgrans.av(granser.granser(vem));
                ui.asyncExec(() -> {
                    if (!bevakningar.kontroll().isDisposed()) {
                        lasta = sparade;
                        bevakningar.visa(sparade, redigerbar);
                    }
                });
            } catch (KundvalException e) {
                ui.asyncExec(() -> {
                    if (!bevakningar.kontroll().isDisposed()) {
                        bevakningar.fel(NLS.bind(Messages.gransKundeInteHamtas, e.getMessage()));
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
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
            sparaGranser();
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

    /** Saves the limits when the administratör changed them, and tells every caseload in this workbench. */
    private void sparaGranser() {
        Map<Bevakningsgrans, Integer> nya = bevakningar.granser();
        if (lasta == null || nya.equals(lasta) || !vem.har(Rattighet.ADMINISTRERA_BEVAKNINGAR)) {
            return;
        }
        KundvalException[] fel = new KundvalException[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                granser.spara(vem, Bevakningsgrans.dagar(nya));
            } catch (KundvalException e) {
                fel[0] = e;
            }
        });
        if (fel[0] != null) {
            throw fel[0];
        }
        lasta = nya;
        handelser.post(GRANSER_ANDRADE, Boolean.TRUE);
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
