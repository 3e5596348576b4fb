package se.kundval.app.inloggning;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
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

import se.kundval.app.Messages;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.klient.Serverklient;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Felvisning;

/**
 * "Kundval – logga in": where (the local database, or a Kundval server and its address), user name,
 * password and, for a server, an engångskod (the server asks for one from anordnare users). A refused
 * login is said in the dialog, which stays open for another try; Avbryt gives no login. Where the
 * login goes is {@link Inloggningsplats}'s, the local database's line {@link Databasrad}'s; that
 * database is connected only when the user logs in locally, so a workbench in shared mode never opens
 * it (DOMAIN §11).
 */
public final class Inloggningsdialog extends Dialog {

    /** Data keys of the dialog's shell and widgets, for tests that log in by typing. */
    public static final String DIALOG = "se.kundval.app.inloggning"; //$NON-NLS-1$
    public static final String ANVANDARNAMN = DIALOG + ".anvandarnamn"; //$NON-NLS-1$
    public static final String LOSENORD = DIALOG + ".losenord"; //$NON-NLS-1$
    public static final String MEDDELANDE = DIALOG + ".meddelande"; //$NON-NLS-1$
    public static final String DATABAS = DIALOG + ".databas"; //$NON-NLS-1$
    public static final String LOGGA_IN = DIALOG + ".loggaIn"; //$NON-NLS-1$
    public static final String AVBRYT = DIALOG + ".avbryt"; //$NON-NLS-1$
    public static final String BYT_DATABAS = DIALOG + ".bytDatabas"; //$NON-NLS-1$
    public static final String LOKAL = DIALOG + ".lokal"; //$NON-NLS-1$
    public static final String SERVER = DIALOG + ".server"; //$NON-NLS-1$
    public static final String ADRESS = DIALOG + ".adress"; //$NON-NLS-1$
    public static final String ENGANGSKOD = DIALOG + ".engangskod"; //$NON-NLS-1$
    public static final String DATABASNYCKEL = DIALOG + ".databasnyckel"; //$NON-NLS-1$

    static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    /**
     * The CSS engine's key for a widget's class (WidgetElement.CSS_CLASS_NAME_KEY). At start the
     * dialog opens before the theme exists, so the message also gets its colour directly.
     */
    static final String CSS_KLASS = "org.eclipse.e4.ui.css.CssClassName"; //$NON-NLS-1$
    private static final int BYT_DATABAS_KNAPP = IDialogConstants.CLIENT_ID + 1;

    private final IEclipseContext kontext;
    private final UISynchronize ui;
    private Inloggningsplats plats;
    private Text namn;
    private Text losenord;
    private Label meddelande;
    private Databasrad databasrad;
    private Inloggning inloggad;

    /**
     * @param parent  the main window when logging in again, null at start
     * @param kontext the application's context: the services are looked up when used, so that after a
     *                server session the local ones are found again
     */
    public Inloggningsdialog(Shell parent, IEclipseContext kontext) {
        super(parent);
        this.kontext = kontext;
        this.ui = kontext.get(UISynchronize.class);
    }

    /** Opens the dialog and waits: the login, or empty when the user cancelled. */
    public Optional<Inloggning> logga() {
        return open() == OK ? Optional.of(inloggad) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.inloggningRubrik);
        skal.setData(DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(yta);
        Label upplysning = new Label(yta, SWT.WRAP);
        upplysning.setText(Messages.inloggningUpplysning);
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(upplysning);
        Senasteinloggning senaste = Senasteinloggning.las();
        plats = new Inloggningsplats(yta, kontext.get(Serverklient.class) != null, senaste, this::platsBytt);
        plats.databasnyckel(yta);
        new Label(yta, SWT.NONE).setText(Messages.anvandarnamn);
        namn = new Text(yta, SWT.BORDER | SWT.SINGLE);
        namn.setData(DATANYCKEL, ANVANDARNAMN);
        namn.setText(senaste.anvandare());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(namn);
        new Label(yta, SWT.NONE).setText(Messages.losenord);
        losenord = new Text(yta, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        losenord.setData(DATANYCKEL, LOSENORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(losenord);
        plats.engangskod(yta);
        meddelande = new Label(yta, SWT.WRAP);
        meddelande.setData(DATANYCKEL, MEDDELANDE);
        meddelande.setData(CSS_KLASS, "fel"); //$NON-NLS-1$
        meddelande.setForeground(yta.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(meddelande);
        // a message about the address the user is correcting must not stand under the corrected one
        plats.vidAndradAdress(() -> {
            if (!meddelande.getText().isEmpty()) {
                meddelande.setText(""); //$NON-NLS-1$
            }
        });
        databasrad = new Databasrad(yta, kontext);
        (senaste.anvandare().isEmpty() ? namn : losenord).setFocus();
        return yta;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, BYT_DATABAS_KNAPP, Messages.bytDatabas, false).setData(DATANYCKEL, BYT_DATABAS);
        createButton(parent, IDialogConstants.OK_ID, Messages.loggaIn, true).setData(DATANYCKEL, LOGGA_IN);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false).setData(DATANYCKEL, AVBRYT);
        platsBytt();
    }

    @Override
    protected void buttonPressed(int knapp) {
        if (knapp == BYT_DATABAS_KNAPP) {
            bytDatabas();
        } else {
            super.buttonPressed(knapp);
        }
    }

    /**
     * Checks the login here, so that a refused one keeps the dialog open with the reason. The check
     * (connecting the local database or reaching the server, and a deliberately slow password hash)
     * runs off the UI thread; the buttons wait meanwhile so the same login is not sent twice.
     */
    @Override
    protected void okPressed() {
        String anvandarnamn = namn.getText().strip();
        char[] tecken = losenord.getText().toCharArray();
        if (anvandarnamn.isEmpty() || tecken.length == 0) {
            Arrays.fill(tecken, '\0');
            visaFel(Messages.fyllIn, anvandarnamn.isEmpty() ? namn : losenord);
            return;
        }
        Inloggningsforsokare forsok;
        try {
            forsok = plats.forsok(kontext, new Certifikatfraga(getShell(), ui));
        } catch (KundvalException e) {
            Arrays.fill(tecken, '\0');
            visaFel(e.getMessage(), namn);
            return;
        }
        vantar(true);
        new Bakgrund(ui).hamta(Messages.loggarIn, getShell(), () -> {
            try {
                return forsok.logga(anvandarnamn, tecken);
            } finally {
                Arrays.fill(tecken, '\0');
            }
        }, vem -> svar(vem, anvandarnamn), fel -> {
            if (getShell() != null && !getShell().isDisposed()) {
                vantar(false);
                visaFel(fel instanceof KundvalException ? fel.getMessage() : Felvisning.text(fel), namn);
                databasrad.visa();
            }
        });
    }

    private void svar(Optional<Inloggning> vem, String anvandarnamn) {
        vantar(false);
        if (vem.isEmpty()) {
            losenord.setText(""); //$NON-NLS-1$
            visaFel(Messages.felLosenord, losenord);
            return;
        }
        new Senasteinloggning(plats.server(), plats.adress(), anvandarnamn).spara();
        inloggad = vem.get();
        super.okPressed();
    }

    private void vantar(boolean ja) {
        for (int knapp : new int[] {IDialogConstants.OK_ID, BYT_DATABAS_KNAPP}) {
            if (getButton(knapp) != null) {
                getButton(knapp).setEnabled(!ja && (knapp == IDialogConstants.OK_ID || !plats.server()));
            }
        }
    }

    /** The local database's row and button mean nothing for a server login. */
    private void platsBytt() {
        if (databasrad == null || getButton(BYT_DATABAS_KNAPP) == null) {
            return;
        }
        databasrad.synlig(!plats.server());
        getButton(BYT_DATABAS_KNAPP).setEnabled(!plats.server());
        // the theme styles a button by its state when it is skinned: dimmed now that it is off
        getButton(BYT_DATABAS_KNAPP).reskin(SWT.NONE);
        meddelande.setText(""); //$NON-NLS-1$
        getShell().layout(true, true);
        getShell().pack();
        // GTK sizes rows that were hidden until now only once they are shown: measure again after that,
        // or the last row (Engångskod) can end up under the buttons
        Shell skal = getShell();
        skal.getDisplay().asyncExec(() -> {
            if (!skal.isDisposed()) {
                skal.layout(true, true);
                skal.pack();
            }
        });
    }

    private void visaFel(String text, Control fokus) {
        meddelande.setText(text);
        fokus.setFocus();
        getShell().layout(true, true);
        getShell().pack();
    }

    private void bytDatabas() {
        if (databasrad.byt(getShell())) {
            plats.uppdatera();
            meddelande.setText(""); //$NON-NLS-1$
            getShell().pack();
        }
    }
}
