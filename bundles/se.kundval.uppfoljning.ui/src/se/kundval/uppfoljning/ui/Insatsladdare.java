package se.kundval.uppfoljning.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.uppfoljning.ui.insats.Insatsval;

/**
 * Reads the insatser of the kund the Insats part follows, in a background job, and decides which of
 * them to show: the one asked for, else the one already shown, else the running one, else the
 * latest. A read that a newer request has overtaken is dropped.
 */
final class Insatsladdare {

    /** Receives what was read, on the UI thread. */
    interface Mottagare {
        void visa(List<Insats> kundensInsatser, Insats vald, String upplysning);
    }

    /** Asked at each read: a switch between a server and the local database replaces the part's service. */
    private final Supplier<InsatsService> insatser;
    private final UISynchronize ui;
    private final Supplier<Inloggning> vem;
    private final Mottagare mottagare;
    private final Consumer<RuntimeException> fel;

    private Long kundId;
    private Long onskad;
    private Long visad;
    private List<Insats> senaste = List.of();
    private boolean startad;
    private int generation;

    Insatsladdare(Supplier<InsatsService> insatser, UISynchronize ui, Supplier<Inloggning> vem, Mottagare mottagare,
            Consumer<RuntimeException> fel) {
        this.insatser = insatser;
        this.ui = ui;
        this.vem = vem;
        this.mottagare = mottagare;
        this.fel = fel;
    }

    /** The part is built: read what was asked for before, or say that nothing is chosen. */
    void borja() {
        startad = true;
        if (kundId == null && onskad == null) {
            mottagare.visa(List.of(), null, Messages.ingetValt);
        } else {
            las();
        }
    }

    void kund(long id) {
        if (kundId == null || kundId != id) {
            kundId = id;
            onskad = null;
            las();
        }
    }

    void insats(Insatsval val) {
        if (visad == null || visad != val.insatsId()) {
            // the kund is known only when the insats is among those already read
            kundId = visar(val.insatsId()) ? kundId : null;
            onskad = val.insatsId();
            las();
        }
    }

    /** Another of the kund's insatser chosen in the part's header: already read. */
    void valj(Insats insats) {
        onskad = insats.getId();
        leverera(senaste);
    }

    /** Forgets the kund (another user logged in): nothing chosen, and a read still under way is dropped. */
    void glom() {
        generation++;
        kundId = null;
        onskad = null;
        visad = null;
        senaste = List.of();
        mottagare.visa(List.of(), null, Messages.ingetValt);
    }

    /** Reads the kund's insatser again, keeping the one shown. */
    void lasOm() {
        onskad = visad;
        las();
    }

    boolean visar(long insatsId) {
        return senaste.stream().anyMatch(i -> i.getId() == insatsId);
    }

    private void las() {
        if (!startad || kundId == null && onskad == null) {
            return;
        }
        int denna = ++generation;
        Long kund = kundId;
        Long hitta = onskad;
        Inloggning inloggad = vem.get();
        Job.create(Messages.jobbInsatser, (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.jobbInsatser, IProgressMonitor.UNKNOWN);
            try {
                long k = kund != null ? kund : insatser.get().hamta(inloggad, hitta).getKund().getId();
                List<Insats> lasta = insatser.get().forKund(inloggad, k);
                ui.asyncExec(() -> {
                    if (denna == generation) {
                        kundId = k;
                        leverera(lasta);
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (denna == generation) {
                        senaste = List.of();
                        visad = null;
                        fel.accept(e);
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void leverera(List<Insats> lasta) {
        senaste = lasta;
        Insats vald = valj(lasta);
        visad = vald == null ? null : vald.getId();
        mottagare.visa(lasta, vald, lasta.isEmpty() ? Messages.ingaInsatser : null);
    }

    private Insats valj(List<Insats> lasta) {
        Comparator<Insats> senastStartad = Comparator.comparing(Insats::getStartdatum);
        return lasta.stream().filter(i -> i.getId().equals(onskad)).findFirst()
                .or(() -> lasta.stream().filter(i -> i.getStatus() == InsatsStatus.PAGAENDE).max(senastStartad))
                .or(() -> lasta.stream().max(senastStartad))
                .orElse(null);
    }
}
