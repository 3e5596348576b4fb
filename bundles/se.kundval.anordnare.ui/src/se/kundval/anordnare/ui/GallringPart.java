package se.kundval.anordnare.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.ui.Felvisning;

/**
 * Gallring (administratör, DOMAIN §12): choose the day, run it dry to see what would go and which
 * open cases hold akter back, then gallra after a confirmation that names the count; the kept
 * gallringsrapporter below. Every service call runs as a Job; the Gallra button is only enabled for
 * the day of the dry run shown, so nobody gallrar a day they have not looked at.
 */
public class GallringPart {

    public static final String ID = "se.kundval.anordnare.ui.part.gallring"; //$NON-NLS-1$
    static final String DAG = "se.kundval.anordnare.ui.gallring.dag"; //$NON-NLS-1$
    static final String PROVKOR = "se.kundval.anordnare.ui.gallring.provkor"; //$NON-NLS-1$
    static final String GALLRA = "se.kundval.anordnare.ui.gallring.gallra"; //$NON-NLS-1$
    static final String RESULTAT = "se.kundval.anordnare.ui.gallring.resultat"; //$NON-NLS-1$
    static final String BEKRAFTA = "se.kundval.anordnare.ui.gallring.bekrafta"; //$NON-NLS-1$

    @Inject
    private GallringService gallring;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private UISynchronize ui;

    @Inject
    private InsatstypRegister register;

    @Inject
    @Optional
    private Inloggning vem;

    private DateTime dag;
    private Button provkor;
    private Button gallra;
    private Label resultat;
    private Gallringstabeller tabeller;
    /** The dry run on screen, whose day the Gallra button acts on. */
    private Gallringsrapport visad;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(0, 6).applyTo(parent);
        Label inledning = new Label(parent, SWT.WRAP);
        inledning.setText(Messages.gallringInled);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(inledning);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(rad);
        new Label(rad, SWT.NONE).setText(Messages.gallringDag);
        dag = new DateTime(rad, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        dag.setData(AnordnarregisterPart.DATANYCKEL, DAG);
        LocalDate idag = LocalDate.now(klocka);
        dag.setDate(idag.getYear(), idag.getMonthValue() - 1, idag.getDayOfMonth());
        dag.addListener(SWT.Selection, e -> gallra.setEnabled(false));
        provkor = knapp(rad, Messages.provkor, PROVKOR);
        provkor.addListener(SWT.Selection, e -> provkor());
        gallra = knapp(rad, Messages.gallraKnapp, GALLRA);
        gallra.setEnabled(false);
        gallra.addListener(SWT.Selection, e -> gallra());
        resultat = new Label(parent, SWT.WRAP);
        resultat.setData(AnordnarregisterPart.DATANYCKEL, RESULTAT);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(resultat);
        tabeller = new Gallringstabeller(parent, kod -> register.typ(kod).map(InsatstypBeskrivning::namn).orElse(kod));
        lasRapporter();
    }

    private static Button knapp(Composite rad, String text, String id) {
        Button b = new Button(rad, SWT.PUSH);
        b.setText(text);
        b.setData(AnordnarregisterPart.DATANYCKEL, id);
        return b;
    }

    private LocalDate valdDag() {
        return LocalDate.of(dag.getYear(), dag.getMonth() + 1, dag.getDay());
    }

    private void provkor() {
        LocalDate per = valdDag();
        Inloggning anvandare = vem;
        gallra.setEnabled(false);
        visaText(NLS.bind(Messages.provkors, per));
        kor(Messages.jobbProvkor, () -> gallring.provkor(anvandare, per), r -> {
            visad = r;
            gallra.setEnabled(r.akter() > 0 && per.equals(valdDag()));
            visaText(r.akter() == 0 ? NLS.bind(Messages.ingetAttGallra, per, r.oppnaArenden().size())
                    : sammanfattning(Messages.torrResultat, r));
            tabeller.visaOppna(r.oppnaArenden());
        });
    }

    private void gallra() {
        Gallringsrapport torr = visad;
        Inloggning anvandare = vem;
        if (torr == null || !torr.per().equals(valdDag()) || !bekraftat(torr)) {
            return;
        }
        gallra.setEnabled(false);
        provkor.setEnabled(false);
        visaText(NLS.bind(Messages.gallras, torr.per()));
        kor(Messages.jobbGallra, () -> gallring.gallra(anvandare, torr.per()), r -> {
            visad = null;
            provkor.setEnabled(true);
            visaText(sammanfattning(Messages.utfortResultat, r));
            tabeller.visaOppna(r.oppnaArenden());
            lasRapporter();
        });
    }

    private boolean bekraftat(Gallringsrapport torr) {
        Shell skal = gallra.getShell();
        return new MessageDialog(skal, Messages.bekraftaRubrik, null, NLS.bind(Messages.bekrafta, torr.akter(), torr.per()),
                MessageDialog.WARNING, 1, Messages.gallraKnapp.replace("&", "").replace("…", ""), Messages.avbryt) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            @Override
            protected void configureShell(Shell dialogskal) {
                super.configureShell(dialogskal);
                dialogskal.setData(AnordnarregisterPart.DATANYCKEL, BEKRAFTA);
            }
        }.open() == 0;
    }

    private static String sammanfattning(String mall, Gallringsrapport r) {
        String perAr = r.perAr().entrySet().stream().map(e -> NLS.bind(Messages.perAr, e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return NLS.bind(mall, new Object[] {r.per(), r.akter(), perAr.isEmpty() ? "" : NLS.bind(Messages.perArLista, perAr), //$NON-NLS-1$
                r.insatser(), r.sparadeForskning(), r.oppnaArenden().size()});
    }

    private void lasRapporter() {
        Inloggning anvandare = vem;
        if (anvandare != null) {
            kor(Messages.jobbRapporter, () -> gallring.rapporter(anvandare), tabeller::visaRapporter);
        }
    }

    /** Runs the call as a Job and hands its result to the part on the UI thread; a failure is shown, not thrown. */
    private <T> void kor(String namn, Supplier<T> anrop, Consumer<T> visa) {
        Job.create(namn, (IProgressMonitor monitor) -> {
            monitor.beginTask(namn, IProgressMonitor.UNKNOWN);
            try {
                T svar = anrop.get();
                ui.asyncExec(() -> {
                    if (!resultat.isDisposed()) {
                        visa.accept(svar);
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!resultat.isDisposed()) {
                        provkor.setEnabled(true);
                        visaText(""); //$NON-NLS-1$
                        Felvisning.visa(resultat.getShell(), e);
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visaText(String text) {
        resultat.setText(text);
        resultat.getParent().layout(true, true);
    }

    @Focus
    void fokus() {
        provkor.setFocus();
    }
}
