package se.kundval.loggkontroll.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

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
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;

/**
 * Loggkontroll (the loggranskare's part, DOMAIN §12): the access log filtered and selected, or a
 * random sample of it; an access to a protected identity stands out in red and bold. A selected
 * entry is marked reviewed with a comment, stored beside it (the entry itself never changes).
 */
public class LoggkontrollPart {

    public static final String ID = "se.kundval.loggkontroll.ui.part.loggkontroll"; //$NON-NLS-1$
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.loggkontroll.ui.tabell"; //$NON-NLS-1$
    public static final String ANTAL = "se.kundval.loggkontroll.ui.antal"; //$NON-NLS-1$
    public static final String SOK = "se.kundval.loggkontroll.ui.sok"; //$NON-NLS-1$
    public static final String STICKPROV = "se.kundval.loggkontroll.ui.stickprov"; //$NON-NLS-1$
    public static final String STICKPROV_ANTAL = "se.kundval.loggkontroll.ui.stickprov.antal"; //$NON-NLS-1$
    public static final String KOMMENTAR = "se.kundval.loggkontroll.ui.kommentar"; //$NON-NLS-1$
    public static final String GRANSKA = "se.kundval.loggkontroll.ui.granska"; //$NON-NLS-1$

    @Inject
    private AtkomstloggService logg;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private UISynchronize ui;

    private Inloggning vem;
    private Loggfilter filter;
    private TableViewer tabell;
    private Label antal;
    private Spinner stickprov;
    private Text kommentar;
    private Button granska;
    /** What the table shows, so a review can read it again the same way. */
    private Supplier<Runnable> senasteSokning;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(0, 4).spacing(0, 4).applyTo(parent);
        filter = new Loggfilter(parent, LocalDate.now(klocka));
        Composite knappar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 0).applyTo(knappar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(knappar);
        Button sok = knapp(knappar, Messages.sok, SOK);
        sok.addListener(SWT.Selection, e -> sok());
        stickprov = new Spinner(knappar, SWT.BORDER);
        stickprov.setData(DATANYCKEL, STICKPROV_ANTAL);
        stickprov.setValues(20, 1, 10_000, 0, 1, 10);
        stickprov.setToolTipText(Messages.stickprovTips);
        knapp(knappar, Messages.stickprov, STICKPROV).addListener(SWT.Selection, e -> stickprov());
        antal = new Label(knappar, SWT.NONE);
        antal.setData(DATANYCKEL, ANTAL);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(antal);

        tabell = Loggtabell.skapa(parent);
        tabell.getTable().setData(DATANYCKEL, TABELL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabell.getControl().getParent());

        Composite granskning = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 0).applyTo(granskning);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(granskning);
        new Label(granskning, SWT.NONE).setText(Messages.kommentar);
        kommentar = new Text(granskning, SWT.BORDER);
        kommentar.setData(DATANYCKEL, KOMMENTAR);
        kommentar.setMessage(Messages.valjPost);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kommentar);
        granska = knapp(granskning, Messages.markeraGranskad, GRANSKA);
        granska.setEnabled(false);
        granska.addListener(SWT.Selection, e -> granska());
        tabell.addSelectionChangedListener(h -> granska.setEnabled(vald() != null));
        sok();
    }

    private static Button knapp(Composite parent, String text, String id) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(DATANYCKEL, id);
        return b;
    }

    private Atkomstpost vald() {
        return ((IStructuredSelection) tabell.getSelection()).getFirstElement() instanceof Atkomstpost p ? p : null;
    }

    private void sok() {
        var fraga = filter.fraga();
        Inloggning lasare = vem;
        senasteSokning = () -> {
            List<Atkomstpost> poster = logg.sok(lasare, fraga);
            return () -> visa(poster, NLS.bind(Messages.antalPoster, new Object[] {poster.size(),
                poster.stream().filter(Atkomstpost::skyddad).count(), poster.stream().filter(p -> p.granskning() != null).count()}));
        };
        kor(Messages.jobbSok, senasteSokning);
    }

    private void stickprov() {
        var fraga = filter.fraga();
        int n = stickprov.getSelection();
        Inloggning lasare = vem;
        kor(Messages.jobbSok, () -> {
            int alla = logg.sok(lasare, fraga).size();
            List<Atkomstpost> prov = logg.stickprov(lasare, fraga, n);
            return () -> visa(prov, NLS.bind(Messages.antalStickprov, prov.size(), alla));
        });
    }

    private void granska() {
        Atkomstpost post = vald();
        if (post == null) {
            return;
        }
        String text = kommentar.getText();
        Inloggning granskare = vem;
        Supplier<Runnable> igen = senasteSokning;
        kor(Messages.jobbGranska, () -> {
            logg.markeraGranskad(granskare, post.id(), text);
            Runnable visa = igen.get();
            return () -> {
                visa.run();
                kommentar.setText(""); //$NON-NLS-1$
                antal.setText(NLS.bind(Messages.granskningSparad, post.id()) + "  " + antal.getText()); //$NON-NLS-1$
                antal.getParent().layout();
            };
        });
    }

    /** Runs a service call in the background and what it returns on the UI thread; an error in a dialog. */
    private void kor(String namn, Supplier<Runnable> arbete) {
        antal.setText(Messages.hamtar);
        Job.create(namn, (IProgressMonitor monitor) -> {
            try {
                Runnable visa = arbete.get();
                ui.asyncExec(() -> {
                    if (!tabell.getTable().isDisposed()) {
                        visa.run();
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!antal.isDisposed()) {
                        antal.setText(""); //$NON-NLS-1$
                        MessageDialog.openError(antal.getShell(), Messages.felRubrik, e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(List<Atkomstpost> poster, String sammanfattning) {
        tabell.setInput(poster);
        granska.setEnabled(false);
        antal.setText(sammanfattning);
        antal.getParent().layout();
    }

    /**
     * A user who may not review the log (every role but the loggranskare) still has this part of an
     * earlier loggranskare in the window: it empties instead of asking for what the service refuses,
     * which put a refusal in front of the next user at login.
     */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        vem = ny;
        if (tabell == null || ny == null || tabell.getTable().isDisposed()) {
            return;
        }
        if (ny.har(Rattighet.GRANSKA_ATKOMSTLOGG)) {
            sok();
        } else {
            tabell.setInput(List.of());
            antal.setText(""); //$NON-NLS-1$
        }
    }

    @Focus
    void fokus() {
        tabell.getTable().setFocus();
    }
}
