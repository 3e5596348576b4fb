package se.kundval.rapport.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;

/**
 * A service call in an Eclipse Job, its result shown on the UI thread unless the part closed
 * meanwhile; a failure is shown as {@link Felvisning} shows it.
 */
final class Bakgrund {

    private Bakgrund() {
    }

    static <T> void las(UISynchronize ui, Control agare, String namn, Supplier<T> las, Consumer<T> visa) {
        Job.create(namn, (IProgressMonitor monitor) -> {
            monitor.beginTask(namn, IProgressMonitor.UNKNOWN);
            try {
                T resultat = las.get();
                ui.asyncExec(() -> {
                    if (!agare.isDisposed()) {
                        visa.accept(resultat);
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!agare.isDisposed()) {
                        Felvisning.visa(agare.getShell(), e);
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
