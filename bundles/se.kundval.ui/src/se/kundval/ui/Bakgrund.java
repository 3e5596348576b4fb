package se.kundval.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The one way a part shows data that arrives later. The service call runs in an Eclipse job (never
 * on the UI thread, so the window keeps painting while the database or server answers); back on the
 * UI thread the part sets the data, and then the part's area is laid out again. Without that last
 * step a table filled after its first layout keeps the size it had when empty, and a label keeps the
 * width of its placeholder: the "empty until resized" and "cut text" faults. A failure reaches the
 * user through {@link Felvisning}; a result that arrives after its part closed is dropped.
 * <p>
 * Created by injection ({@code @Inject Bakgrund}) so a part gets the workbench's {@link UISynchronize}.
 */
@Creatable
public class Bakgrund {

    /** The family of every job started here, so tests (and shutdown) can wait for them. */
    public static final Object FAMILJ = Bakgrund.class;

    private final UISynchronize ui;

    @Inject
    public Bakgrund(UISynchronize ui) {
        this.ui = ui;
    }

    /**
     * Reads with {@code hamta} off the UI thread, then shows the result with {@code visa} and lays out
     * {@code yta} (the part's area, or the composite that holds what changed).
     */
    public <T> void hamta(String namn, Control yta, Supplier<T> hamta, Consumer<T> visa) {
        starta(namn, yta, hamta, visa, fel -> Felvisning.visa(yta.isDisposed() ? null : yta.getShell(), fel));
    }

    /** As {@link #hamta(String, Control, Supplier, Consumer)}, with the part's own way to show a failure (e.g. in a status line). */
    public <T> void hamta(String namn, Control yta, Supplier<T> hamta, Consumer<T> visa, Consumer<RuntimeException> vidFel) {
        starta(namn, yta, hamta, visa, vidFel);
    }

    /** Runs a save or other change off the UI thread, then {@code efter} on the UI thread. */
    public void gor(String namn, Control yta, Runnable gora, Runnable efter) {
        hamta(namn, yta, () -> {
            gora.run();
            return Boolean.TRUE;
        }, klart -> efter.run());
    }

    /**
     * For a step the workbench must see finished before it goes on (a save asked for by Spara, by
     * closing or by Logga ut): the call runs in a job while the UI thread keeps painting, the window
     * taking no input meanwhile; then its result is returned or its failure thrown, as a direct call
     * would.
     */
    public <T> T vanta(String namn, Shell skal, Supplier<T> anrop) {
        Display display = skal.getDisplay();
        CompletableFuture<T> svar = new CompletableFuture<>();
        Job jobb = new Job(namn) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    svar.complete(anrop.get());
                } catch (RuntimeException fel) {
                    svar.completeExceptionally(fel);
                } finally {
                    display.wake();
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object familj) {
                return familj == FAMILJ;
            }
        };
        boolean aktiv = skal.getEnabled();
        skal.setEnabled(false);
        try {
            jobb.schedule();
            while (!svar.isDone()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            if (!skal.isDisposed()) {
                skal.setEnabled(aktiv);
            }
        }
        try {
            return svar.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private <T> void starta(String namn, Control yta, Supplier<T> hamta, Consumer<T> visa, Consumer<RuntimeException> vidFel) {
        Job jobb = new Job(namn) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(namn, IProgressMonitor.UNKNOWN);
                try {
                    T resultat = hamta.get();
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    ui.asyncExec(() -> {
                        if (!yta.isDisposed()) {
                            visa.accept(resultat);
                            layoutaOm(yta);
                        }
                    });
                } catch (RuntimeException fel) {
                    ui.asyncExec(() -> vidFel.accept(fel));
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object familj) {
                return familj == FAMILJ;
            }
        };
        jobb.schedule();
    }

    /**
     * Lays out what changed and everything up to the part: a child that grew (rows, a longer text)
     * gets its room even when its parent had already been laid out with the old size.
     */
    public static void layoutaOm(Control yta) {
        if (yta.isDisposed()) {
            return;
        }
        yta.requestLayout();
        // a table or tree is a Composite without a layout: its columns are laid out by its parent
        Composite ram = yta instanceof Composite c && c.getLayout() != null ? c : yta.getParent();
        if (ram != null) {
            ram.layout(true, true);
        }
    }
}
