package se.kundval.app;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Gives every user-visible background job a progress monitor that reports to the status line.
 * A pure E4 application has no progress service of its own; without a provider the job manager
 * hands out monitors that show nothing.
 */
final class Jobbovervakning extends ProgressProvider {

    /** Receives what a job is doing, on the UI thread. */
    interface Visning {
        void visa(Object jobb, String text);

        void klar(Object jobb);
    }

    private final UISynchronize ui;
    private final Visning visning;

    Jobbovervakning(UISynchronize ui, Visning visning) {
        this.ui = ui;
        this.visning = visning;
    }

    @Override
    public IProgressMonitor createMonitor(Job jobb) {
        return jobb.isSystem() ? new NullProgressMonitor() : new Monitor(jobb.getName());
    }

    /** Called from the job's thread; posts what the job reports to the UI thread. */
    private final class Monitor extends NullProgressMonitor {

        private final String jobbnamn;

        Monitor(String jobbnamn) {
            this.jobbnamn = jobbnamn;
        }

        @Override
        public void beginTask(String namn, int arbete) {
            rapportera(namn == null || namn.isBlank() ? jobbnamn : namn);
        }

        @Override
        public void subTask(String namn) {
            if (namn != null && !namn.isBlank()) {
                rapportera(namn);
            }
        }

        @Override
        public void done() {
            ui.asyncExec(() -> visning.klar(this));
        }

        private void rapportera(String text) {
            ui.asyncExec(() -> visning.visa(this, text));
        }
    }
}
