package se.kundval.arendelista.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.ui.di.UISynchronize;
import org.osgi.service.prefs.BackingStoreException;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;

/**
 * Reads the caseload in an Eclipse job, off the UI thread, with its progress in the status line.
 * Requests that come in while a read runs (several limits saved at once, a new login) are folded
 * into one more read with the newest request; a result that was overtaken is dropped.
 */
final class Arendeladdare {

    /** Folds the change events of one save of the settings into one read. */
    private static final long FORDROJNING_MS = 50;

    private record Begaran(Inloggning vem, Bevakningsgranser granser) {
    }

    private final ArendelistaService tjanst;
    private final UISynchronize ui;
    private final BiConsumer<Inloggning, List<Arenderad>> mottagare;
    private final Consumer<RuntimeException> fel;
    private final Job jobb;
    private volatile Begaran senaste;

    Arendeladdare(ArendelistaService tjanst, UISynchronize ui, BiConsumer<Inloggning, List<Arenderad>> mottagare,
            Consumer<RuntimeException> fel) {
        this.tjanst = tjanst;
        this.ui = ui;
        this.mottagare = mottagare;
        this.fel = fel;
        this.jobb = Job.create(Messages.jobbArenden, (IProgressMonitor monitor) -> las(monitor));
    }

    void las(Inloggning vem, Bevakningsgranser granser) {
        senaste = new Begaran(vem, granser);
        jobb.schedule(FORDROJNING_MS);
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
            List<Arenderad> rader = tjanst.arenden(begaran.vem(), begaran.granser());
            if (begaran == senaste) {
                ui.asyncExec(() -> mottagare.accept(begaran.vem(), rader));
            }
        } catch (RuntimeException e) {
            ui.asyncExec(() -> fel.accept(e));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    /** The user's limits from the preference node the settings dialog writes: every integer in it. */
    static Bevakningsgranser granser(IEclipsePreferences nod) {
        Map<String, Integer> dagar = new HashMap<>();
        try {
            for (String namn : nod.keys()) {
                int varde = nod.getInt(namn, Integer.MIN_VALUE);
                if (varde != Integer.MIN_VALUE) {
                    dagar.put(namn, varde);
                }
            }
        } catch (BackingStoreException e) {
            return Bevakningsgranser.standard();
        }
        return new Bevakningsgranser(dagar);
    }
}
