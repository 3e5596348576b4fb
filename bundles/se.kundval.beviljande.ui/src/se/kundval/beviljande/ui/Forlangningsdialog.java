package se.kundval.beviljande.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.typ.Forlangningsprovning;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Bakgrund;

/**
 * Förläng insats: which of the kund's running insatser, by how many months, the beslutsdatum and
 * the written motivering a beslut needs; the current and new end, obstacles and warnings show while
 * they are chosen, and a motivering for the length when the type's is exceeded. OK records it (BeviljandeService.forlang); a refusal from
 * the service is shown in the dialog, which stays open with what was written.
 */
final class Forlangningsdialog extends TitleAreaDialog {

    static final String INSATS = "se.kundval.beviljande.ui.forlang.insats"; //$NON-NLS-1$
    static final String MANADER = "se.kundval.beviljande.ui.forlang.manader"; //$NON-NLS-1$
    static final String BESLUTSDATUM = "se.kundval.beviljande.ui.forlang.beslutsdatum"; //$NON-NLS-1$
    static final String MOTIVERING = "se.kundval.beviljande.ui.forlang.motivering"; //$NON-NLS-1$
    static final String NYTT_SLUT = "se.kundval.beviljande.ui.forlang.nyttSlut"; //$NON-NLS-1$
    static final String LANGDMOTIVERING = "se.kundval.beviljande.ui.forlang.langdmotivering"; //$NON-NLS-1$
    static final String BREV = "se.kundval.beviljande.ui.forlang.sparaBrev"; //$NON-NLS-1$
    static final String KNAPP_FORLANG = "se.kundval.beviljande.ui.forlang.ok"; //$NON-NLS-1$

    private final Inloggning vem;
    private final BeviljandeService beviljande;
    private final Bakgrund bakgrund;
    private final Kund kund;
    private final List<Insats> pagaende;
    /** The beslutsdatum proposed. */
    private final LocalDate idag;
    private Combo insats;
    private Spinner manader;
    private Datumfalt beslutsdatum;
    private Text motivering;
    private Label slut;
    private Text langdmotivering;
    private Forlangningsprovning provning;
    private Button sparaBrev;
    private boolean brev;
    private Insats forlangd;

    Forlangningsdialog(Shell skal, Inloggning vem, BeviljandeService beviljande, Bakgrund bakgrund, Kund kund,
            List<Insats> pagaende, LocalDate idag) {
        super(skal);
        this.vem = vem;
        this.beviljande = beviljande;
        this.bakgrund = bakgrund;
        this.kund = kund;
        this.pagaende = pagaende;
        this.idag = idag;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.forlangRubrik);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.forlangTitel, kund.getNamn()));
        setMessage(Messages.forlangBeskrivning);
        Composite falt = new Composite(yta, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).margins(12, 12).applyTo(falt);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(falt);
        new Label(falt, SWT.NONE).setText(Messages.faltInsats);
        insats = new Combo(falt, SWT.READ_ONLY | SWT.DROP_DOWN);
        insats.setData(BeviljaInsatsHandler.DATANYCKEL, INSATS);
        for (Insats i : pagaende) {
            insats.add(NLS.bind(Messages.insatsVal, new Object[] {i.getInsatsId(), i.getInsatstyp().getNamn(), Insatsperiod.av(i).slut()}));
        }
        insats.select(0);
        insats.addListener(SWT.Selection, h -> prova());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(insats);
        new Label(falt, SWT.NONE).setText(Messages.forlangManader);
        manader = new Spinner(falt, SWT.BORDER);
        manader.setValues(3, 1, 24, 0, 1, 3);
        manader.setData(BeviljaInsatsHandler.DATANYCKEL, MANADER);
        manader.addListener(SWT.Modify, h -> prova());
        new Label(falt, SWT.NONE).setText(Messages.beslutsdatum);
        beslutsdatum = new Datumfalt(falt, BESLUTSDATUM, idag, dag -> prova());
        new Label(falt, SWT.NONE).setText(Messages.forlangSlut);
        slut = new Label(falt, SWT.NONE);
        slut.setData(BeviljaInsatsHandler.DATANYCKEL, NYTT_SLUT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(slut);
        Label rubrik = new Label(falt, SWT.NONE);
        rubrik.setText(Messages.beslutetsMotivering);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rubrik);
        motivering = new Text(falt, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        motivering.setData(BeviljaInsatsHandler.DATANYCKEL, MOTIVERING);
        motivering.addListener(SWT.Modify, h -> knapp());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 80).applyTo(motivering);
        Label langdrubrik = new Label(falt, SWT.WRAP);
        langdrubrik.setText(Messages.forlangLangdmotivering);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(langdrubrik);
        langdmotivering = new Text(falt, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        langdmotivering.setData(BeviljaInsatsHandler.DATANYCKEL, LANGDMOTIVERING);
        langdmotivering.addListener(SWT.Modify, h -> knapp());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, 48).applyTo(langdmotivering);
        sparaBrev = new Button(falt, SWT.CHECK);
        sparaBrev.setText(Messages.sparaBrev);
        sparaBrev.setSelection(true);
        sparaBrev.setData(BeviljaInsatsHandler.DATANYCKEL, BREV);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(sparaBrev);
        return yta;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.forlangKnapp, true);
        ok.setEnabled(false);
        ok.setData(BeviljaInsatsHandler.DATANYCKEL, KNAPP_FORLANG);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.knappAvbryt, false);
        prova();
    }

    /**
     * Shows what the förlängning would do before it is decided: the current and the new end, every
     * obstacle as the dialog's error, every warning in its message area; the same rules the service
     * enforces, on the insats already read, so nothing waits for the database.
     */
    private void prova() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        provning = Forlangningsprovning.prova(vald(), manader.getSelection(), beslutsdatum.dag());
        slut.setText(NLS.bind(Messages.forlangSlutFranTill, provning.nuvarandeSlut(), provning.nyttSlut()));
        langdmotivering.setEnabled(provning.kraverLangdmotivering());
        if (!provning.hinder().isEmpty()) {
            setErrorMessage(String.join("\n", provning.hinder())); //$NON-NLS-1$
        } else {
            setErrorMessage(null);
            if (provning.varningar().isEmpty()) {
                setMessage(Messages.forlangBeskrivning);
            } else {
                setMessage(String.join("\n", provning.varningar()), IMessageProvider.WARNING); //$NON-NLS-1$
            }
        }
        slut.getParent().layout(true, true);
        knapp();
    }

    private void knapp() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || provning == null) {
            return;
        }
        ok.setEnabled(provning.hinder().isEmpty() && !motivering.getText().isBlank()
                && (!provning.kraverLangdmotivering() || !langdmotivering.getText().isBlank()));
    }

    private Insats vald() {
        return pagaende.get(insats.getSelectionIndex());
    }

    @Override
    protected void okPressed() {
        Insats vald = vald();
        int antal = manader.getSelection();
        String text = motivering.getText();
        String langd = provning.kraverLangdmotivering() ? langdmotivering.getText() : null;
        brev = sparaBrev.getSelection();
        LocalDate dag = beslutsdatum.dag();
        // in a job, the dialog painting but taking no input, as the other dialogs' service calls
        try {
            forlangd = bakgrund.vanta(Messages.forlanger, getShell(), () -> beviljande.forlang(vem, vald.getId(), antal, dag, text, langd));
        } catch (KundvalException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** The extended insats after OK, or null. */
    Insats forlangd() {
        return forlangd;
    }

    boolean sparaBrev() {
        return brev;
    }
}
