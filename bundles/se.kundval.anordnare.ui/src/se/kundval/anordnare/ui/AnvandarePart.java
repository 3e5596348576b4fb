package se.kundval.anordnare.ui;

import java.util.Arrays;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.Tabell;
import se.kundval.ui.Val;

/**
 * Användare (administratör, DOMAIN §11 and §14): every login with its role, organisation, whether it
 * is active and whether it is its organisation's portal-admin; a form to create one or change the one
 * chosen. Portaladministratör can only be ticked for an anordnare user (decision 0377); a new
 * anordnare user's TOTP secret is shown once, as {@code anvandare ny} prints it.
 */
public class AnvandarePart {

    public static final String ID = "se.kundval.anordnare.ui.part.anvandare"; //$NON-NLS-1$
    static final String PREFIX = "se.kundval.anordnare.ui.anvandare."; //$NON-NLS-1$
    static final String TABELL = PREFIX + "tabell"; //$NON-NLS-1$
    static final String ANVANDARNAMN = PREFIX + "anvandarnamn"; //$NON-NLS-1$
    static final String NAMN = PREFIX + "namn"; //$NON-NLS-1$
    static final String ROLL = PREFIX + "roll"; //$NON-NLS-1$
    static final String ORGNR = PREFIX + "orgnr"; //$NON-NLS-1$
    static final String LOSENORD = PREFIX + "losenord"; //$NON-NLS-1$
    static final String AKTIV = PREFIX + "aktiv"; //$NON-NLS-1$
    static final String PORTALADMIN = PREFIX + "portaladmin"; //$NON-NLS-1$
    static final String NY = PREFIX + "ny"; //$NON-NLS-1$
    static final String SPARA = PREFIX + "spara"; //$NON-NLS-1$
    static final String BESKED = PREFIX + "besked"; //$NON-NLS-1$
    private static final int SYNLIGA_RADER = 8;

    @Inject
    private AnvandareService anvandare;

    @Inject
    private Anvandarkonton konton;

    @Inject
    private Bakgrund bakgrund;

    @Inject
    private IStylingEngine stil;

    @Inject
    @Optional
    private Inloggning vem;

    private Composite yta;
    private Tabell<Anvandare> tabell;
    private Text anvandarnamn;
    private Text namn;
    private Val<Roll> roll;
    private Text orgnr;
    private Text losenord;
    private Button aktiv;
    private Button portaladmin;
    private Label besked;
    /** The user being changed, or null while a new one is written. */
    private Anvandare vald;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(0, 6).applyTo(parent);
        tabell = new Tabell<>(parent, Anvandare.class, TABELL, SYNLIGA_RADER)
                .kolumn(Messages.kolumnAnvandarnamn, 2, Anvandare::getAnvandarnamn)
                .kolumn(Messages.kolumnNamn, 2, Anvandare::getNamn)
                .kolumn(Messages.kolumnRoll, 2, a -> Etiketter.av(a.getRoll()))
                .kolumn(Messages.kolumnOrgnr, 3, Anvandare::getOrgnr)
                .kolumn(Messages.kolumnAktiv, 1, a -> jaNej(a.isAktiv()))
                .kolumn(Messages.kolumnPortaladmin, 3, a -> jaNej(a.isPortaladmin()));
        tabell.vidVal(this::visa);
        Formular formular = new Formular(parent, stil);
        anvandarnamn = formular.text(Messages.anvandarnamn, ANVANDARNAMN);
        namn = formular.text(Messages.namn, NAMN);
        roll = formular.val(Messages.roll, ROLL, Etiketter::av);
        roll.alternativ(Arrays.asList(Roll.values()));
        roll.vidAndring(this::baraForAnordnare);
        orgnr = formular.text(Messages.orgnrFalt, ORGNR);
        losenord = formular.text(Messages.losenord, LOSENORD);
        losenord.setEchoChar('\u2022');
        aktiv = kryss(formular, Messages.aktiv, AKTIV);
        portaladmin = kryss(formular, Messages.portaladmin, PORTALADMIN);
        Composite knappar = formular.knapprad();
        Formular.knapp(knappar, Messages.nyAnvandare, NY, () -> visa(null));
        Formular.knapp(knappar, Messages.sparaAnvandare, SPARA, this::spara);
        besked = new Label(parent, SWT.WRAP);
        besked.setData(Formular.NYCKEL, BESKED);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(besked);
        visa(null);
        lasa();
    }

    private static Button kryss(Formular formular, String text, String id) {
        new Label(formular.yta(), SWT.NONE);
        Button b = new Button(formular.yta(), SWT.CHECK);
        b.setText(text);
        b.setData(Formular.NYCKEL, id);
        return b;
    }

    private static String jaNej(boolean varde) {
        return varde ? Messages.ja : Messages.nej;
    }

    private void lasa() {
        Inloggning anvandaren = vem;
        if (anvandaren != null) {
            bakgrund.hamta(Messages.jobbAnvandare, yta, () -> anvandare.alla(anvandaren), tabell::visa);
        }
    }

    /** The user in the form, to change; null: an empty form for a new one. */
    private void visa(Anvandare a) {
        vald = a;
        anvandarnamn.setText(a == null ? "" : a.getAnvandarnamn()); //$NON-NLS-1$
        anvandarnamn.setEditable(a == null);
        namn.setText(a == null || a.getNamn() == null ? "" : a.getNamn()); //$NON-NLS-1$
        roll.valj(a == null ? null : a.getRoll());
        orgnr.setText(a == null || a.getOrgnr() == null ? "" : a.getOrgnr()); //$NON-NLS-1$
        losenord.setText(""); //$NON-NLS-1$
        losenord.setMessage(a == null ? "" : Messages.losenordOforandrat); //$NON-NLS-1$
        aktiv.setSelection(a == null || a.isAktiv());
        portaladmin.setSelection(a != null && a.isPortaladmin());
        baraForAnordnare();
    }

    /** Portal-admin and the organisation belong to an anordnare user only. */
    private void baraForAnordnare() {
        boolean anordnare = roll.valt() == Roll.ANORDNARE;
        portaladmin.setEnabled(anordnare);
        if (!anordnare) {
            portaladmin.setSelection(false);
        }
    }

    private void spara() {
        Anvandare a = vald == null ? KundvalFactory.eINSTANCE.createAnvandare() : EcoreUtil.copy(vald);
        a.setAnvandarnamn(anvandarnamn.getText().strip());
        a.setNamn(namn.getText().strip());
        a.setRoll(roll.valt());
        a.setOrgnr(orgnr.getText().isBlank() ? null : orgnr.getText().strip());
        a.setAktiv(aktiv.getSelection());
        a.setPortaladmin(portaladmin.getSelection());
        char[] nytt = losenord.getText().isEmpty() ? null : losenord.getText().toCharArray();
        boolean ny = vald == null;
        Inloggning anvandaren = vem;
        bakgrund.hamta(Messages.jobbSparaAnvandare, yta, () -> ny ? konton.skapa(anvandaren, a, nytt)
                : new NyttKonto(anvandare.spara(anvandaren, a, nytt), null), konto -> {
                    // a Label takes '&' for a mnemonic: unescaped, the URI's "&issuer=" would show as "issuer="
                    besked.setText(konto.otpauth().map(uri -> NLS.bind(Messages.anvandareSkapadMedHemlighet,
                            new Object[] {a.getAnvandarnamn(), konto.engangshemlighet(), uri}))
                            .orElse(NLS.bind(Messages.anvandareSparad, a.getAnvandarnamn())).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
                    visa(null);
                    lasa();
                });
    }

    @Focus
    void fokus() {
        tabell.tabell().setFocus();
    }
}
