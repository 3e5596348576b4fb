package se.kundval.arendelista.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.BevakningsgransService;

/**
 * Reads the caseload and the kundval's deadline limits in an Eclipse job, off the UI thread, with its
 * progress in the status line. Requests that come in while a read runs (several saves, a new login) are folded
 * into one more read with the newest request; a result that was overtaken is dropped. After each read
 * the newest request is read again after {@link #INTERVALL_MS}, so changes saved at other desks show.
 */
final class Arendeladdare {

    /** Folds the change events of one save of the settings into one read. */
    private static final long FORDROJNING_MS = 50;
    /** What others saved reaches the list after at most this long (decision 0251). */
    static final long INTERVALL_MS = 3 * 60 * 1000L;

    private record Begaran(Inloggning vem) {
    }

    /** Asked at each read: a switch between a server and the local database replaces the part's services. */
    private final Supplier<ArendelistaService> tjanst;
    private final Supplier<BevakningsgransService> granser;
    private final UISynchronize ui;
    private final BiConsumer<Inloggning, List<Arenderad>> mottagare;
    private final Consumer<RuntimeException> fel;
    private final Job jobb;
    private volatile Begaran senaste;

    Arendeladdare(Supplier<ArendelistaService> tjanst, Supplier<BevakningsgransService> granser, UISynchronize ui,
            BiConsumer<Inloggning, List<Arenderad>> mottagare, Consumer<RuntimeException> fel) {
        this.tjanst = tjanst;
        this.granser = granser;
        this.ui = ui;
        this.mottagare = mottagare;
        this.fel = fel;
        this.jobb = Job.create(Messages.jobbArenden, (IProgressMonitor monitor) -> las(monitor));
    }

    void las(Inloggning vem) {
        senaste = new Begaran(vem);
        jobb.schedule(FORDROJNING_MS);
        // schedule does nothing to a job waiting out its interval: wake it instead
        if (jobb.getState() == Job.SLEEPING) {
            jobb.wakeUp(FORDROJNING_MS);
        }
    }

    void avbryt() {
        senaste = null;
        jobb.cancel();
    }

    private IStatus las(IProgressMonitor monitor) {
        Begaran begaran = senaste;
        if (begaran == null) {
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(Messages.hamtarArenden, IProgressMonitor.UNKNOWN);
        try {
            // the limits are read with the caseload: what the administratör changed shows at the next read
            List<Arenderad> rader = tjanst.get().arenden(begaran.vem(), granser.get().granser(begaran.vem()));
            if (begaran == senaste) {
                ui.asyncExec(() -> mottagare.accept(begaran.vem(), rader));
            }
        } catch (RuntimeException e) {
            ui.asyncExec(() -> fel.accept(e));
        } finally {
            monitor.done();
        }
        Begaran nasta = senaste;
        if (nasta != null && !monitor.isCanceled()) {
            // the same request again later; one that came during this read is read at once
            jobb.schedule(nasta == begaran ? INTERVALL_MS : FORDROJNING_MS);
        }
        return Status.OK_STATUS;
    }
}
