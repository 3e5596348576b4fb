package se.kundval.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
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

    @Inject
    private Databas databas;

    @Inject
    private UISynchronize ui;

    private Composite rad;
    private Label anvandare;
    private String anvandarnamn;
    private Label arbete;
    private ProgressBar stapel;
    private Object visatJobb;

    @PostConstruct
    void skapa(Composite parent) {
        rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).spacing(24, 0).applyTo(rad);
        anvandare = new Label(rad, SWT.NONE);
        anvandare.setText(anvandarnamn);
        new Label(rad, SWT.NONE).setText(databasbeskrivning());
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
    void inloggning(Inloggning vem) {
        anvandarnamn = NLS.bind(Messages.inloggad, vem.namn());
        if (anvandare != null && !anvandare.isDisposed()) {
            anvandare.setText(anvandarnamn);
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

    /** The database as the user thinks of it: the file of an embedded one, the server URL otherwise. */
    private String databasbeskrivning() {
        Databasanslutning anslutning = databas.anslutning();
        if (anslutning == null) {
            return Messages.ingenDatabas;
        }
        String url = anslutning.toString();
        if (anslutning.arInbaddad()) {
            url = url.replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return NLS.bind(Messages.databas, url);
    }
}
