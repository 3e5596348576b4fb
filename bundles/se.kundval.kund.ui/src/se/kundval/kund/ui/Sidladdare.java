package se.kundval.kund.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundsida;

/**
 * Reads pages of the kund list in one background job, newest request first. Scrolling quickly
 * through a long list asks for many pages that are out of sight by the time they could be read;
 * only the few most recent requests are kept, so the job reads what the user is looking at now.
 */
final class Sidladdare {

    /** Pages asked for but not yet read; older requests than these are dropped. */
    private static final int STORSTA_KO = 4;

    /**
     * One page to read.
     *
     * @param generation the list's query generation when the page was asked for
     * @param sida       the page number
     * @param fraga      the query for exactly that page
     */
    record Begaran(int generation, int sida, Kundfraga fraga) {
    }

    /** Receives the outcome on the UI thread. */
    interface Mottagare {
        void sidaLast(Begaran begaran, Kundsida sida);

        void kundeInteLasa(Begaran begaran, RuntimeException fel);
    }

    private final Supplier<KundService> kunder;
    private final Supplier<Inloggning> vem;
    private final UISynchronize ui;
    private final Mottagare mottagare;
    private final Deque<Begaran> ko = new ArrayDeque<>();
    private final Job jobb;

    /**
     * @param kunder the part's service, asked at each read: logging out of a server and in locally replaces
     *               it, and the ended session's one refuses every call
     * @param vem    the current user, asked at each read: the user can change while the part is open
     */
    Sidladdare(Supplier<KundService> kunder, Supplier<Inloggning> vem, UISynchronize ui, Mottagare mottagare) {
        this.kunder = kunder;
        this.vem = vem;
        this.ui = ui;
        this.mottagare = mottagare;
        this.jobb = Job.create(Messages.jobbKunder, this::las);
    }

    /** Asks for a page; asking again for a waiting page moves it to the front. */
    void begar(Begaran begaran) {
        synchronized (ko) {
            if (begaran.equals(ko.peekFirst())) {
                return;
            }
            ko.remove(begaran);
            ko.addFirst(begaran);
            while (ko.size() > STORSTA_KO) {
                ko.removeLast();
            }
        }
        jobb.schedule();
    }

    /** Forgets what is waiting and stops reading, e.g. when the part closes. */
    void avbryt() {
        synchronized (ko) {
            ko.clear();
        }
        jobb.cancel();
    }

    private IStatus las(IProgressMonitor monitor) {
        monitor.beginTask(Messages.jobbKunder, IProgressMonitor.UNKNOWN);
        try {
            for (Begaran begaran = nasta(); begaran != null; begaran = nasta()) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Kundfraga fraga = begaran.fraga();
                monitor.subTask(NLS.bind(Messages.hamtarKunder, fraga.forsta() + 1, fraga.forsta() + fraga.antal()));
                Begaran lasning = begaran;
                try {
                    Kundsida sida = kunder.get().sok(vem.get(), fraga);
                    ui.asyncExec(() -> mottagare.sidaLast(lasning, sida));
                } catch (RuntimeException e) {
                    synchronized (ko) {
                        ko.clear();
                    }
                    ui.asyncExec(() -> mottagare.kundeInteLasa(lasning, e));
                }
            }
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private Begaran nasta() {
        synchronized (ko) {
            return ko.pollFirst();
        }
    }
}
