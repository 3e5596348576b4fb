package se.kundval.uppfoljning.ui;

import java.time.YearMonth;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.bevakning.Manadslage;
import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.Radton;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;

/**
 * The månadsrapporter tab: every month of the insats with its status, missing months highlighted;
 * under it the chosen month's report. The anordnare files it; the karriärvägledare approves it or
 * asks for completion with a comment.
 */
final class Rapportflik implements Flik {

    static final String MANADER = "se.kundval.uppfoljning.ui.rapport.manader"; //$NON-NLS-1$
    static final String GRANSKNING = "se.kundval.uppfoljning.ui.rapport.granskning"; //$NON-NLS-1$
    static final String LAMNA_IN = "se.kundval.uppfoljning.ui.rapport.lamnaIn"; //$NON-NLS-1$
    static final String KOMMENTAR = "se.kundval.uppfoljning.ui.rapport.kommentar"; //$NON-NLS-1$
    static final String GODKANN = "se.kundval.uppfoljning.ui.rapport.godkann"; //$NON-NLS-1$
    static final String KOMPLETTERING = "se.kundval.uppfoljning.ui.rapport.komplettering"; //$NON-NLS-1$
    static final String GRANSKA_HINDER = "se.kundval.uppfoljning.ui.rapport.granskaHinder"; //$NON-NLS-1$

    private final Flikstod stod;
    private final Tabell<Manadslage> manader;
    private final Label manadsrubrik;
    private final Rapportformular formular;
    private final Label granskning;
    private final Formular lamnaFormular;
    private final Button lamnaIn;
    private final Formular granskningsformular;
    private final Text kommentar;
    private final Button godkann;
    private final Button komplettering;
    /** Why Godkänn or Begär komplettering did nothing, in red beside them. */
    private final Label granskaHinder;
    private Insats insats;
    private Inloggning vem;

    Rapportflik(Composite yta, Flikstod stod) {
        this.stod = stod;
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(yta);
        manader = new Tabell<>(yta, Manadslage.class, MANADER, 5)
                .kolumn(Messages.kolumnManad, 22, r -> Visning.kortManad(r.period()))
                .kolumn(Messages.kolumnStatus, 36, Rapportflik::status)
                .kolumn(Messages.kolumnInlamnad, 14, r -> r.rapport() == null ? "" : Visning.datum(r.rapport().getInlamnad())) //$NON-NLS-1$
                .kolumn(Messages.kolumnSenast, 14, r -> Visning.datum(r.senast()))
                .bakgrund(Rapportflik::farg);
        manader.vidVal(this::visaManad);
        manadsrubrik = Formular.rubrik(yta, "", stod.stil); //$NON-NLS-1$
        formular = new Rapportformular(yta, stod.stil);
        granskning = Formular.upplysning(yta, GRANSKNING, stod.stil);
        lamnaFormular = new Formular(yta, stod.stil);
        lamnaIn = Formular.knapp(lamnaFormular.knapprad(), Messages.lamnaIn, LAMNA_IN, this::lamnaIn);
        granskningsformular = new Formular(yta, stod.stil);
        kommentar = granskningsformular.textruta(Messages.kommentar, KOMMENTAR, 2);
        Composite granskaRad = granskningsformular.knapprad();
        godkann = Formular.knapp(granskaRad, Messages.godkann, GODKANN, () -> granska(true));
        komplettering = Formular.knapp(granskaRad, Messages.begarKomplettering, KOMPLETTERING, () -> granska(false));
        granskaHinder = stod.hinderrad(yta, GRANSKA_HINDER);
    }

    @Override
    public void visa(Insats ny, Inloggning inloggad) {
        YearMonth tidigare = insats != null && ny != null && insats.getId().equals(ny.getId()) && manader.vald() != null
                ? manader.vald().period() : null;
        insats = ny;
        vem = inloggad;
        if (ny == null) {
            return;
        }
        var rader = Manadslage.under(ny, stod.idag());
        manader.visa(rader);
        // the month shown before a re-read stays chosen; otherwise the first one that needs attention
        Manadslage vald = rader.stream().filter(r -> r.period().equals(tidigare)).findFirst()
                .or(() -> rader.stream().filter(r -> r.lage() != Manadslage.Lage.GODKAND && r.lage() != Manadslage.Lage.PAGAR).findFirst())
                .orElse(rader.isEmpty() ? null : rader.get(rader.size() - 1));
        manader.valj(vald);
        visaManad(vald);
    }

    private void visaManad(Manadslage rad) {
        boolean anordnare = vem != null && vem.har(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        boolean granskare = vem != null && vem.har(Rattighet.GRANSKA_MANADSRAPPORT);
        Manadsrapport rapport = rad == null ? null : rad.rapport();
        manadsrubrik.setText(rad == null ? Messages.ingenManad : NLS.bind(Messages.rapportFor, Visning.manad(rad.period())));
        formular.visa(rapport, anordnare && rad != null && rad.kanLamnasInEllerRattas());
        granskning.setText(rapport == null || rapport.getGranskadAv() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.granskadAv, new Object[] {rapport.getGranskadAv(), Visning.datum(rapport.getGranskadDatum()),
                    Etiketter.av(rapport.getStatus()), Visning.text(rapport.getKommentar())}));
        Formular.dolj(lamnaFormular.yta(), anordnare);
        lamnaIn.setEnabled(rad != null && rad.kanLamnasInEllerRattas());
        lamnaIn.setText(rapport == null ? Messages.lamnaIn : Messages.lamnaInIgen);
        Formular.dolj(granskningsformular.yta(), granskare);
        boolean vantar = rad != null && rad.lage() == Manadslage.Lage.INLAMNAD;
        kommentar.setText(""); //$NON-NLS-1$
        kommentar.setEditable(vantar);
        // enabled whenever a month is chosen: a click on a report that is not waiting says why instead of nothing
        godkann.setEnabled(rad != null);
        komplettering.setEnabled(rad != null);
        visaHinder(null);
        stod.omforma();
    }

    private void lamnaIn() {
        Manadslage rad = manader.vald();
        if (insats == null || rad == null) {
            return;
        }
        long id = insats.getId();
        Manadsrapport rapport = formular.rapport(rad.period());
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.lamnaIn(inloggad, id, rapport), formular.faltfel());
    }

    private void granska(boolean godkand) {
        Manadslage rad = manader.vald();
        if (insats == null || rad == null) {
            return;
        }
        if (rad.lage() != Manadslage.Lage.INLAMNAD) {
            visaHinder(varforInte(rad));
            return;
        }
        visaHinder(null);
        long id = insats.getId();
        String text = kommentar.getText().strip();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.granska(inloggad, id, rad.period(), godkand, text.isEmpty() ? null : text));
    }

    /** Why a month's report cannot be reviewed now. */
    private static String varforInte(Manadslage rad) {
        String manad = Visning.manad(rad.period());
        return switch (rad.lage()) {
            case GODKAND -> NLS.bind(Messages.granskaRedanGodkand, manad);
            case KOMPLETTERING_BEGARD -> NLS.bind(Messages.granskaVantarKomplettering, manad);
            default -> NLS.bind(Messages.granskaInteInlamnad, manad);
        };
    }

    private void visaHinder(String text) {
        granskaHinder.setText(text == null ? "" : text); //$NON-NLS-1$
        Formular.dolj(granskaHinder, text != null);
        stod.omforma();
    }

    /** The month's status in the list; short, so that the list fits the part without sideways scrolling. */
    static String status(Manadslage rad) {
        return switch (rad.lage()) {
            case PAGAR -> Messages.lagePagar;
            case ATT_LAMNA -> Messages.lageAttLamna;
            case SAKNAS -> Messages.lageSaknas;
            default -> Etiketter.av(rad.rapport().getStatus());
        };
    }

    /** The tint of a month in the list: missing, sent back for completion, or to be filed. */
    static Radton farg(Manadslage rad) {
        return switch (rad.lage()) {
            case SAKNAS -> Radton.SAKNAS;
            case KOMPLETTERING_BEGARD -> Radton.VANTAR;
            case ATT_LAMNA -> Radton.ATT_GORA;
            default -> null;
        };
    }
}
