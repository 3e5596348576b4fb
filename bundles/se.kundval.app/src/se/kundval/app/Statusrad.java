package se.kundval.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/** The status line: who is logged in, which database is open and what runs in the background. */
public class Statusrad {

    /** Data key and id of the label naming the logged-in user and role, for tests. */
    public static final String ANVANDARE = "se.kundval.app.statusrad.anvandare"; //$NON-NLS-1$
    private static final String ANVANDARE_NYCKEL = "kundval.id"; //$NON-NLS-1$

    /** Data key and id of the label naming the database or server, for tests. */
    public static final String DATABAS = "se.kundval.app.statusrad.databas"; //$NON-NLS-1$

    /** The services are looked up when shown: after a login in the other mode the Databas is another one. */
    @Inject
    private IEclipseContext kontext;

    @Inject
    private UISynchronize ui;

    private Composite rad;
    private Label anvandare;
    private Label databasrad;
    private String anvandarnamn;
    private Label arbete;
    private ProgressBar stapel;
    private Object visatJobb;

    @PostConstruct
    void skapa(Composite parent) {
        rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).spacing(24, 0).applyTo(rad);
        anvandare = new Label(rad, SWT.NONE);
        anvandare.setData(ANVANDARE_NYCKEL, ANVANDARE);
        anvandare.setText(anvandarnamn);
        databasrad = new Label(rad, SWT.NONE);
        databasrad.setData(ANVANDARE_NYCKEL, DATABAS);
        databasrad.setText(databasbeskrivning());
        arbete = new Label(rad, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(arbete);
        stapel = new ProgressBar(rad, SWT.HORIZONTAL | SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(stapel);
        stapel.setVisible(false);
        Job.getJobManager().setProgressProvider(new Jobbovervakning(ui, new Jobbovervakning.Visning() {
            @Override
            public void visa(Object jobb, String text) {
                visaArbete(jobb, text);
            }

            @Override
            public void klar(Object jobb) {
                if (jobb == visatJobb) {
                    visaArbete(null, ""); //$NON-NLS-1$
                }
            }
        }));
    }

    /** Follows the application context: a later login replaces the user. */
    @Inject
    @Optional
    void inloggning(Inloggning vem) {
        anvandarnamn = vem == null ? "" : NLS.bind(Messages.inloggad, vem.namn(), Rollnamn.av(vem.roll())); //$NON-NLS-1$
        if (anvandare != null && !anvandare.isDisposed()) {
            anvandare.setText(anvandarnamn);
            // the login may have switched between the local database and a server
            databasrad.setText(databasbeskrivning());
            rad.layout();
        }
    }

    @PreDestroy
    void stang() {
        Job.getJobManager().setProgressProvider(null);
    }

    private void visaArbete(Object jobb, String text) {
        if (rad.isDisposed()) {
            return;
        }
        visatJobb = jobb;
        arbete.setText(text);
        stapel.setVisible(jobb != null);
        rad.layout();
    }

    private String databasbeskrivning() {
        Databas databas = kontext.get(Databas.class);
        Databasanslutning anslutning = databas == null ? null : databas.anslutning();
        return anslutning == null ? Messages.ingenDatabas : NLS.bind(Messages.databas, Databasbeskrivning.av(anslutning));
    }
}
