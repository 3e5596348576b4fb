package se.kundval.avslut.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Formular;
import se.kundval.ui.Val;

/**
 * The anordnare reports an avslut: date, avslutsorsak and, for arbete or studier, the kind of
 * employment or studies and how many months it is expected to last (open-ended employment needs no
 * length). The service checks the rest; its message is shown in the dialog, which stays open.
 */
final class Avslutsdialog extends TitleAreaDialog {

    /** The dialog's shell carries this id; its fields the id plus a name. */
    static final String DIALOG = "se.kundval.avslut.ui.rapport"; //$NON-NLS-1$
    static final String PREFIX = DIALOG + "."; //$NON-NLS-1$
    static final String DATUM = PREFIX + "datum"; //$NON-NLS-1$
    static final String ORSAK = PREFIX + "orsak"; //$NON-NLS-1$
    static final String SYSSELSATTNING = PREFIX + "sysselsattning"; //$NON-NLS-1$
    static final String VARAKTIGHET = PREFIX + "varaktighet"; //$NON-NLS-1$
    static final String RAPPORTERA = PREFIX + "rapportera"; //$NON-NLS-1$
    private static final int STORSTA_VARAKTIGHET = 120;

    private static final Set<Sysselsattningsform> ARBETE = EnumSet.of(Sysselsattningsform.TILLSVIDAREANSTALLNING,
            Sysselsattningsform.VISSTIDSANSTALLNING, Sysselsattningsform.TIMANSTALLNING_HELTID, Sysselsattningsform.TIMANSTALLNING_DELTID);
    private static final Set<Sysselsattningsform> STUDIER = EnumSet.of(Sysselsattningsform.STUDIER_CSN,
            Sysselsattningsform.STUDIER_UTAN_CSN);

    private final Inloggning vem;
    private final Insats insats;
    private final AvslutService avslut;
    private final IStylingEngine stil;
    /** The date a new avslut is proposed for. */
    private final LocalDate idag;
    private Formular formular;
    private DateTime datum;
    private Val<Avslutsorsak> orsak;
    private Val<Sysselsattningsform> sysselsattning;
    private Spinner varaktighet;

    Avslutsdialog(Shell skal, IStylingEngine stil, Inloggning vem, Insats insats, AvslutService avslut, LocalDate idag) {
        super(skal);
        this.stil = stil;
        this.vem = vem;
        this.insats = insats;
        this.avslut = avslut;
        this.idag = idag;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setData(Formular.NYCKEL, DIALOG);
        skal.setText(Messages.rapporteraRubrik);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.rapporteraTitel, insats.getInsatsId(), insats.getKund().getNamn()));
        setMessage(Messages.rapporteraHjalp);
        Composite ram = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(ram);
        formular = new Formular(ram, stil);
        datum = formular.datum(Messages.avslutsdatum, DATUM);
        orsak = formular.val(Messages.avslutsorsak, ORSAK, Etiketter::av);
        orsak.alternativ(Arrays.asList(Avslutsorsak.values()));
        sysselsattning = formular.val(Messages.sysselsattning, SYSSELSATTNING, Etiketter::av);
        varaktighet = formular.tal(Messages.varaktighetManader, VARAKTIGHET, STORSTA_VARAKTIGHET);
        Avslut tidigare = insats.getAvslut();
        Formular.datum(datum, tidigare != null ? tidigare.getAvslutsdatum() : idag);
        if (tidigare != null) {
            orsak.valj(tidigare.getAvslutsorsak());
            anpassa();
            sysselsattning.valj(tidigare.getSysselsattning());
            varaktighet.setSelection(tidigare.getVaraktighetManader() == null ? 0 : tidigare.getVaraktighetManader());
        }
        orsak.vidAndring(this::anpassa);
        sysselsattning.vidAndring(this::anpassa);
        anpassa();
        return yta;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.rapporteraKnapp, true).setData(Formular.NYCKEL, RAPPORTERA);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
    }

    /** Only arbete and studier have a kind and a length; the kinds offered follow the reason. */
    private void anpassa() {
        Avslutsorsak valdOrsak = orsak.valt();
        Set<Sysselsattningsform> former = valdOrsak == Avslutsorsak.ARBETE ? ARBETE
                : valdOrsak == Avslutsorsak.STUDIER ? STUDIER : Set.of();
        sysselsattning.alternativ(Arrays.stream(Sysselsattningsform.values()).filter(former::contains).toList());
        formular.synlig(sysselsattning.combo(), !former.isEmpty());
        boolean langd = !former.isEmpty() && sysselsattning.valt() != Sysselsattningsform.TILLSVIDAREANSTALLNING;
        formular.synlig(varaktighet, langd);
        getShell().layout(true, true);
    }

    @Override
    protected void okPressed() {
        Avslut ny = KundvalFactory.eINSTANCE.createAvslut();
        ny.setAvslutsdatum(Formular.datum(datum));
        ny.setAvslutsorsak(orsak.valt());
        if (sysselsattning.combo().isVisible()) {
            ny.setSysselsattning(sysselsattning.valt());
        }
        if (varaktighet.isVisible() && varaktighet.getSelection() > 0) {
            ny.setVaraktighetManader(varaktighet.getSelection());
        }
        try {
            avslut.rapportera(vem, insats.getId(), ny);
        } catch (RuntimeException e) {
            setErrorMessage(Felvisning.text(e));
            return;
        }
        super.okPressed();
    }
}
