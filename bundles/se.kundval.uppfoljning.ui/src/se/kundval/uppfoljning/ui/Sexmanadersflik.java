package se.kundval.uppfoljning.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Formular;
import se.kundval.ui.Val;
import se.kundval.ui.Visning;

/**
 * The sexmånadersuppföljning tab (DOMAIN §2): six months after an avslut to arbete or studier the
 * anordnare submits evidence that the kund still supports themself; the handläggare confirms it,
 * which makes the bonus payable, or rejects it with a motivering
 * (docs/decisions/0060-bonus-efter-sexmanadersuppfoljning.md). The evidence is a document, attached
 * here as in the portal (decision 0400).
 */
final class Sexmanadersflik implements Flik {

    static final String LAGE = "se.kundval.uppfoljning.ui.sexmanader.lage"; //$NON-NLS-1$
    static final String PREFIX = "se.kundval.uppfoljning.ui.sexmanader."; //$NON-NLS-1$
    static final String UNDERLAG = PREFIX + "underlag"; //$NON-NLS-1$
    static final String BESKRIVNING = PREFIX + "beskrivning"; //$NON-NLS-1$
    static final String LAMNA_IN = PREFIX + "lamnaIn"; //$NON-NLS-1$
    static final String BIFOGA = PREFIX + "bifoga"; //$NON-NLS-1$
    static final String BIFOGADE = PREFIX + "bifogade"; //$NON-NLS-1$
    static final String MOTIVERING = PREFIX + "motivering"; //$NON-NLS-1$
    static final String HINDER = PREFIX + "hinder"; //$NON-NLS-1$
    static final String BEKRAFTA = PREFIX + "bekrafta"; //$NON-NLS-1$
    static final String AVVISA = PREFIX + "avvisa"; //$NON-NLS-1$
    static final String KOMPLETTERA = PREFIX + "komplettera"; //$NON-NLS-1$
    private static final int MANADER = 6;

    private final Flikstod stod;
    private final Label lage;
    /** Why Lämna in underlaget did nothing, in red under it. */
    private final Label hinder;
    private LocalDate fran;
    private final Formular inlamnat;
    private final List<Label> varden;
    private final Dokumentlista dokument;
    private final Formular lamna;
    private final Val<Underlagstyp> underlag;
    private final Text beskrivning;
    private final Label bifogadeNamn;
    private final List<Bifogadfil> bifogade = new ArrayList<>();
    private final Button lamnaIn;
    private final Formular bedoma;
    private final Text motivering;
    private Insats insats;
    private Inloggning vem;

    Sexmanadersflik(Composite yta, Flikstod stod) {
        this.stod = stod;
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 8).applyTo(yta);
        lage = Formular.upplysning(yta, LAGE, stod.stil);
        inlamnat = new Formular(yta, stod.stil);
        varden = List.of(inlamnat.varde(Messages.underlag, PREFIX + "visat.underlag"), //$NON-NLS-1$
                inlamnat.varde(Messages.beskrivning, PREFIX + "visat.beskrivning"), //$NON-NLS-1$
                inlamnat.varde(Messages.inlamnat, PREFIX + "visat.inlamnat"), //$NON-NLS-1$
                inlamnat.varde(Messages.kolumnStatus, PREFIX + "visat.status"), //$NON-NLS-1$
                inlamnat.varde(Messages.bedomt, PREFIX + "visat.bedomt"), //$NON-NLS-1$
                inlamnat.varde(Messages.motivering, PREFIX + "visat.motivering")); //$NON-NLS-1$
        dokument = new Dokumentlista(yta, stod, stod.dokument, stod.filvaljare, stod.bakgrund());
        lamna = new Formular(yta, stod.stil);
        underlag = lamna.val(Messages.underlag, UNDERLAG, Etiketter::av);
        underlag.alternativ(Arrays.asList(Underlagstyp.values()));
        beskrivning = lamna.textruta(Messages.beskrivning, BESKRIVNING, 3);
        bifogadeNamn = lamna.varde(Messages.bifogade, BIFOGADE);
        Composite rad = lamna.knapprad();
        Formular.knapp(rad, Messages.bifoga, BIFOGA, () -> bifoga(yta));
        lamnaIn = Formular.knapp(rad, Messages.lamnaInUnderlag, LAMNA_IN, this::lamnaIn);
        hinder = stod.hinderrad(yta, HINDER);
        bedoma = new Formular(yta, stod.stil);
        motivering = bedoma.textruta(Messages.motivering, MOTIVERING, 2);
        Composite knappar = bedoma.knapprad();
        Formular.knapp(knappar, Messages.bekrafta, BEKRAFTA, () -> bedom(true));
        Formular.knapp(knappar, Messages.avvisa, AVVISA, () -> bedom(false));
        Formular.knapp(knappar, Messages.begarKomplettering, KOMPLETTERA, this::begarKomplettering);
    }

    @Override
    public void visa(Insats ny, Inloggning inloggad) {
        insats = ny;
        vem = inloggad;
        if (ny == null) {
            return;
        }
        Avslut avslut = ny.getAvslut();
        boolean galler = avslut != null && (avslut.getAvslutsorsak() == Avslutsorsak.ARBETE || avslut.getAvslutsorsak() == Avslutsorsak.STUDIER);
        Sexmanadersuppfoljning senaste = ny.getSexmanadersuppfoljningar().isEmpty() ? null
                : ny.getSexmanadersuppfoljningar().get(ny.getSexmanadersuppfoljningar().size() - 1);
        fran = galler ? avslut.getAvslutsdatum().plusMonths(MANADER) : null;
        LocalDate idag = stod.idag();
        lage.setText(lage(avslut, galler, fran, senaste, idag));
        Formular.dolj(inlamnat.yta(), senaste != null);
        if (senaste != null) {
            String[] texter = {Etiketter.av(senaste.getUnderlag()), Visning.text(senaste.getBeskrivning()),
                Visning.datum(senaste.getInlamnad()), Etiketter.av(senaste.getStatus()),
                Visning.avOchDatum(senaste.getBedomdAv(), senaste.getBedomdDatum()),
                Visning.text(senaste.getMotivering())};
            for (int i = 0; i < texter.length; i++) {
                varden.get(i).setText(texter[i]);
            }
        }
        dokument.visa(ny, inloggad);
        boolean kanLamna = galler && senaste == null && inloggad.har(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        Formular.dolj(lamna.yta(), kanLamna);
        // enabled before its day too: a click then says from when, instead of a button that does nothing
        lamnaIn.setEnabled(kanLamna);
        hinder.setText(""); //$NON-NLS-1$
        Formular.dolj(hinder, false);
        underlag.valj(null);
        beskrivning.setText(""); //$NON-NLS-1$
        bifogade.clear();
        bifogadeNamn.setText(Messages.ingaBifogade);
        boolean kanBedoma = senaste != null && senaste.getStatus() == Uppfoljningsstatus.INLAMNAD && inloggad.har(Rattighet.BEDOMA_AVSLUT);
        Formular.dolj(bedoma.yta(), kanBedoma);
        motivering.setText(""); //$NON-NLS-1$
        stod.omforma();
    }

    private static String lage(Avslut avslut, boolean galler, LocalDate fran, Sexmanadersuppfoljning senaste, LocalDate idag) {
        if (avslut == null) {
            return Messages.sexmanaderInget;
        }
        if (!galler) {
            return Messages.sexmanaderGallerInte;
        }
        if (senaste == null) {
            return NLS.bind(idag.isBefore(fran) ? Messages.sexmanaderFran : Messages.sexmanaderKanLamnas, Visning.datum(fran));
        }
        return switch (senaste.getStatus()) {
            case BEKRAFTAD -> NLS.bind(Messages.sexmanaderBekraftad, Visning.datum(senaste.getBedomdDatum()));
            case AVVISAD -> NLS.bind(Messages.sexmanaderAvvisad, Visning.datum(senaste.getBedomdDatum()));
            case KOMPLETTERING_BEGARD -> NLS.bind(Messages.sexmanaderKompletteringBegard, Visning.datum(senaste.getBedomdDatum()));
            default -> Messages.sexmanaderVantar;
        };
    }

    private void lamnaIn() {
        if (insats == null) {
            return;
        }
        if (fran != null && stod.idag().isBefore(fran)) {
            hinder.setText(NLS.bind(Messages.underlagForTidigt, Visning.datum(fran)));
            Formular.dolj(hinder, true);
            stod.omforma();
            return;
        }
        Underlagstyp typ = underlag.valt();
        String text = beskrivning.getText().strip();
        List<Bifogadfil> filer = List.copyOf(bifogade);
        long id = insats.getId();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.dokument.lamnaUnderlag(inloggad, id, typ, text, filer));
    }

    /** Adds a file to the evidence; the service checks its kind and size when the evidence is submitted. */
    private void bifoga(Composite yta) {
        Filvaljare valjare = stod.filvaljare.get() != null ? stod.filvaljare.get() : new Filvaljare();
        Path fil = valjare.oppna(yta.getShell(), Messages.bifogaRubrik, "pdf"); //$NON-NLS-1$
        if (fil == null) {
            return;
        }
        try {
            bifogade.add(new Bifogadfil(fil.getFileName().toString(), Files.readAllBytes(fil)));
        } catch (IOException e) {
            hinder.setText(NLS.bind(Messages.bifogaFel, fil));
            Formular.dolj(hinder, true);
            stod.omforma();
            return;
        }
        bifogadeNamn.setText(bifogade.stream().map(Bifogadfil::filnamn).collect(Collectors.joining(", "))); //$NON-NLS-1$
        stod.omforma();
    }

    /** The evidence goes back to the anordnare, with the text as what is missing; it answers from the portal. */
    private void begarKomplettering() {
        if (insats == null) {
            return;
        }
        long id = insats.getId();
        String text = motivering.getText().strip();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.begarKomplettering(inloggad, id, text));
    }

    private void bedom(boolean bekraftad) {
        if (insats == null) {
            return;
        }
        long id = insats.getId();
        String text = motivering.getText().strip();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.bedomUnderlag(inloggad, id, bekraftad, text.isEmpty() ? null : text));
    }
}
