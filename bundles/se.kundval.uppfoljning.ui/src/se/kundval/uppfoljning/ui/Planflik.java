package se.kundval.uppfoljning.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Formular;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;

/**
 * The genomförandeplan tab. The anordnare writes the mål (one per line) and the aktiviteter; when a
 * plan already exists, saving it is a revision and needs a text saying what changed. Everyone else
 * reads it. The revisions are listed with their dates. Unsaved edits make the part dirty, and the
 * part's save is this tab's save.
 */
final class Planflik implements Flik {

    static final String LAGE = "se.kundval.uppfoljning.ui.plan.lage"; //$NON-NLS-1$
    static final String MAL = "se.kundval.uppfoljning.ui.plan.mal"; //$NON-NLS-1$
    static final String REVISION = "se.kundval.uppfoljning.ui.plan.revision"; //$NON-NLS-1$
    static final String SPARA = "se.kundval.uppfoljning.ui.plan.spara"; //$NON-NLS-1$
    static final String REVISIONER = "se.kundval.uppfoljning.ui.plan.revisioner"; //$NON-NLS-1$
    /** DOMAIN §8: the plan is due 30 days after the start. */
    private static final int PLAN_DAGAR = 30;

    private final Flikstod stod;
    private final Consumer<Boolean> smutsig;
    private final Label lage;
    private final Text mal;
    private final Aktivitetslista aktiviteter;
    private final Formular revisionsformular;
    private final Text revision;
    private final Button spara;
    private final Tabell<Planrevision> revisioner;
    private Insats insats;
    private Inloggning vem;
    private boolean andrad;
    /** The mål as stored, to tell an edit from the text being shown again. */
    private String sparadeMal = ""; //$NON-NLS-1$
    private boolean fyller;

    Planflik(Composite yta, Flikstod stod, Consumer<Boolean> smutsig) {
        this.stod = stod;
        this.smutsig = smutsig;
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(yta);
        lage = Formular.upplysning(yta, LAGE, stod.stil);
        Formular formular = new Formular(yta, stod.stil);
        mal = formular.textruta(Messages.malEttPerRad, MAL, 3);
        mal.addListener(SWT.Modify, e -> {
            if (!mal.getText().equals(sparadeMal)) {
                andrad();
            }
        });
        Formular.rubrik(yta, Messages.aktiviteter, stod.stil);
        aktiviteter = new Aktivitetslista(yta, stod.stil, this::andrad, stod.idag());
        revisionsformular = new Formular(yta, stod.stil);
        revision = revisionsformular.text(Messages.revisionText, REVISION);
        revision.setMessage(Messages.revisionHjalp);
        spara = Formular.knapp(revisionsformular.knapprad(), Messages.sparaPlan, SPARA, this::spara);
        Formular.rubrik(yta, Messages.revisioner, stod.stil);
        revisioner = new Tabell<>(yta, Planrevision.class, REVISIONER, 3)
                .kolumn(Messages.kolumnDatum, 16, r -> Visning.datum(r.getDatum()))
                .kolumn(Messages.kolumnAv, 16, Planrevision::getRevideradAv)
                .kolumn(Messages.kolumnBeskrivning, 68, Planrevision::getBeskrivning);
    }

    @Override
    public void visa(Insats ny, Inloggning inloggad) {
        boolean sammaInsats = insats != null && ny != null && insats.getId().equals(ny.getId());
        boolean rollbyte = vem != inloggad;
        insats = ny;
        vem = inloggad;
        if (ny == null) {
            return;
        }
        Genomforandeplan plan = ny.getGenomforandeplan();
        revisioner.visa(plan == null ? List.of() : plan.getRevisioner().reversed());
        lage.setText(plan == null
                ? NLS.bind(Messages.ingenPlan, Visning.datum(ny.getStartdatum().plusDays(PLAN_DAGAR)))
                : NLS.bind(Messages.planUpprattad, Visning.datum(plan.getUpprattad()), plan.getRevisioner().size()));
        if (andrad && sammaInsats && !rollbyte) {
            // a re-read while the user edits (someone else saved something): keep the user's work
            return;
        }
        boolean skriver = inloggad.har(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        fyller = true;
        try {
            sparadeMal = plan == null ? "" : String.join("\n", plan.getMal().stream().map(m -> Visning.text(m.getBeskrivning())).toList()); //$NON-NLS-1$ //$NON-NLS-2$
            mal.setText(sparadeMal);
            mal.setEditable(skriver);
            revision.setText(""); //$NON-NLS-1$
            Insatsperiod period = Insatsperiod.av(ny);
            aktiviteter.visa(plan == null ? List.of() : EcoreUtil.copyAll(plan.getAktiviteter()).stream().toList(), skriver,
                    period.start(), period.slut());
        } finally {
            fyller = false;
        }
        revisionsformular.synlig(revision, skriver && plan != null);
        Formular.dolj(revisionsformular.yta(), skriver);
        satt(false);
    }

    /** Asks what to do with unsaved edits before the part shows something else; false means stay. */
    boolean fragaOmAndringar() {
        MessageDialog fraga = new MessageDialog(spara.getShell(), Messages.osparadRubrik, null, Messages.osparadPlan,
                MessageDialog.QUESTION, 0, Messages.sparaKnapp, Messages.slangKnapp, Messages.avbryt);
        return switch (fraga.open()) {
            case 0 -> spara();
            case 1 -> {
                satt(false);
                yield true;
            }
            default -> false;
        };
    }

    /** Saves the plan as the anordnare edited it; true when the service stored it. */
    boolean spara() {
        if (insats == null || !andrad) {
            return true;
        }
        if (aktiviteter.aktiviteter().stream().anyMatch(a -> a.getTyp() == null)) {
            MessageDialog.openError(spara.getShell(), Messages.planRubrik, Messages.typKravs);
            return false;
        }
        long id = insats.getId();
        Genomforandeplan plan = nyPlan();
        String text = revision.getText().strip();
        Inloggning inloggad = vem;
        boolean sparad = stod.spara(id, () -> stod.uppfoljning.sparaPlan(inloggad, id, plan, text.isEmpty() ? null : text));
        if (sparad) {
            satt(false);
        }
        return sparad;
    }

    /** New objects rather than the edited copies: the service replaces mål and aktiviteter as a whole. */
    private Genomforandeplan nyPlan() {
        KundvalFactory f = KundvalFactory.eINSTANCE;
        Genomforandeplan plan = f.createGenomforandeplan();
        Arrays.stream(mal.getText().split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).forEach(t -> { //$NON-NLS-1$
            Planmal m = f.createPlanmal();
            m.setBeskrivning(t);
            plan.getMal().add(m);
        });
        for (Planaktivitet a : aktiviteter.aktiviteter()) {
            Planaktivitet kopia = f.createPlanaktivitet();
            kopia.setTyp(a.getTyp());
            kopia.setBeskrivning(a.getBeskrivning());
            kopia.setPlaneradStart(a.getPlaneradStart());
            kopia.setPlaneradSlut(a.getPlaneradSlut());
            plan.getAktiviteter().add(kopia);
        }
        return plan;
    }

    private void andrad() {
        if (!fyller && insats != null && !andrad) {
            satt(true);
        }
    }

    private void satt(boolean varde) {
        andrad = varde;
        spara.setEnabled(varde);
        smutsig.accept(varde);
    }
}
