package se.kundval.avslut.ui;

import java.util.Comparator;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Bedomningsstod;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.ui.Arendeuppgifter;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Formular;
import se.kundval.ui.JaNej;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;

/**
 * The handläggare's avslutsbedömning (DOMAIN §6): the case on the left, the §6 criteria and the
 * judgement on the right. Lyckat and bonusgrundande start unchosen, so the handläggare takes a
 * position; bonusgrundande needs lyckat, and every judgement a motivering. A choice against what the
 * criteria say is allowed, with a warning. Saving adds a new judgement; earlier ones are listed and
 * kept as ersatta.
 */
final class Bedomningsdialog extends TitleAreaDialog {

    /** The dialog's shell carries this id; its fields the id plus a name. */
    static final String DIALOG = "se.kundval.avslut.ui.bedomning"; //$NON-NLS-1$
    static final String PREFIX = DIALOG + "."; //$NON-NLS-1$
    static final String LYCKAT = PREFIX + "lyckat"; //$NON-NLS-1$
    static final String BONUSGRUNDANDE = PREFIX + "bonusgrundande"; //$NON-NLS-1$
    static final String MOTIVERING = PREFIX + "motivering"; //$NON-NLS-1$
    static final String SPARA = PREFIX + "spara"; //$NON-NLS-1$
    static final String STOD = "se.kundval.avslut.ui.stod."; //$NON-NLS-1$
    static final String TIDIGARE = PREFIX + "tidigare"; //$NON-NLS-1$

    private final IStylingEngine stil;
    private final Inloggning vem;
    private final Insats insats;
    private final Bedomningsstod stod;
    private final AvslutService avslut;
    private JaNej lyckat;
    private JaNej bonusgrundande;
    private Text motivering;

    Bedomningsdialog(Shell skal, IStylingEngine stil, Inloggning vem, Insatsunderlag underlag, AvslutService avslut) {
        super(skal);
        this.stil = stil;
        this.vem = vem;
        this.insats = underlag.insats();
        this.stod = underlag.stod();
        this.avslut = avslut;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setData(Formular.NYCKEL, DIALOG);
        skal.setText(Messages.bedomRubrik);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.bedomTitel, new Object[] {insats.getInsatsId(), insats.getKund().getNamn(),
            Etiketter.av(insats.getAvslut().getAvslutsorsak()).toLowerCase(Visning.SVENSKA)}));
        Composite ram = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(12, 12).spacing(24, 8).applyTo(ram);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ram);
        arendet(ram);
        bedomningen(ram);
        kontrollera();
        return yta;
    }

    private void arendet(Composite ram) {
        Composite vanster = new Composite(ram, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(vanster);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, SWT.DEFAULT).applyTo(vanster);
        Formular.rubrik(vanster, Messages.arendet, stil);
        new Arendeuppgifter(vanster, stil).visa(insats);
        if (!insats.getAvslut().getBedomningar().isEmpty()) {
            Formular.rubrik(vanster, Messages.tidigareBedomningar, stil);
            Tabell<Avslutsbedomning> tidigare = new Tabell<>(vanster, Avslutsbedomning.class, TIDIGARE, 3)
                    .kolumn(Messages.kolumnNr, 8, b -> Integer.toString(b.getLopnummer()))
                    .kolumn(Messages.kolumnTidpunkt, 22, b -> Visning.tidpunkt(b.getTidpunkt()))
                    .kolumn(Messages.kolumnAv, 12, Avslutsbedomning::getBedomdAv)
                    .kolumn(Messages.lyckat, 12, b -> Visning.jaNej(b.isLyckat()))
                    .kolumn(Messages.bonusgrundande, 16, b -> Visning.jaNej(b.isBonusgrundande()))
                    .kolumn(Messages.motivering, 30, Avslutsbedomning::getMotivering);
            tidigare.visa(insats.getAvslut().getBedomningar().stream()
                    .sorted(Comparator.comparingInt(Avslutsbedomning::getLopnummer).reversed()).toList());
        }
    }

    private void bedomningen(Composite ram) {
        Composite hoger = new Composite(ram, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(hoger);
        GridDataFactory.fillDefaults().grab(true, true).hint(380, SWT.DEFAULT).applyTo(hoger);
        Formular.rubrik(hoger, Messages.stodRubrik, stil);
        Formular kriterier = new Formular(hoger, stil);
        kriterier.varde(Messages.kanVaraLyckat, STOD + "kanVaraLyckat").setText(Visning.jaNej(stod.kanVaraLyckat())); //$NON-NLS-1$
        kriterier.varde(Messages.kanVaraBonusgrundande, STOD + "kanVaraBonusgrundande") //$NON-NLS-1$
                .setText(Visning.jaNej(stod.kanVaraBonusgrundande()));
        kriterier.varde(Messages.malsattning, STOD + "malsattning").setText(Etiketter.av(stod.malsattning())); //$NON-NLS-1$
        kriterier.varde(Messages.maluppfyllelse, STOD + "maluppfyllelse").setText(Visning.jaNej(stod.maluppfyllelseOmLyckat())); //$NON-NLS-1$
        Formular.upplysning(hoger, STOD + "bonus", stil).setText(Messages.bonusEfterSexManader); //$NON-NLS-1$
        Formular.rubrik(hoger, Messages.bedomningRubrik, stil);
        Formular falt = new Formular(hoger, stil);
        lyckat = falt.jaNej(Messages.lyckat, LYCKAT);
        bonusgrundande = falt.jaNej(Messages.bonusgrundande, BONUSGRUNDANDE);
        motivering = falt.textruta(Messages.motivering, MOTIVERING, 4);
        lyckat.vidAndring(this::kontrollera);
        bonusgrundande.vidAndring(this::kontrollera);
        motivering.addListener(SWT.Modify, e -> kontrollera());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.sparaBedomning, true).setData(Formular.NYCKEL, SPARA);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
        kontrollera();
    }

    /** Mirrors the service's rules while the user chooses, and warns when the choice goes against the criteria. */
    private void kontrollera() {
        if (lyckat == null) {
            return;
        }
        if (Boolean.FALSE.equals(lyckat.varde()) && Boolean.TRUE.equals(bonusgrundande.varde())) {
            bonusgrundande.varde(Boolean.FALSE);
        }
        bonusgrundande.ja().setEnabled(!Boolean.FALSE.equals(lyckat.varde()));
        boolean klar = lyckat.varde() != null && bonusgrundande.varde() != null && !motivering.getText().isBlank();
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(klar);
        }
        setErrorMessage(null);
        if (Boolean.TRUE.equals(lyckat.varde()) && !stod.kanVaraLyckat()) {
            setMessage(Messages.varningLyckat, IMessageProvider.WARNING);
        } else if (Boolean.TRUE.equals(bonusgrundande.varde()) && !stod.kanVaraBonusgrundande()) {
            setMessage(Messages.varningBonus, IMessageProvider.WARNING);
        } else {
            setMessage(klar ? Messages.bedomKlar : Messages.bedomHjalp);
        }
    }

    @Override
    protected void okPressed() {
        try {
            avslut.bedom(vem, insats.getId(), lyckat.varde(), bonusgrundande.varde(), motivering.getText().strip());
        } catch (RuntimeException e) {
            setErrorMessage(Felvisning.text(e));
            return;
        }
        super.okPressed();
    }
}
