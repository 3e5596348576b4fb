package se.kundval.beviljande.ui;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * Bevilja insats: start and type, eligibility with written overrides, the kund's choice of
 * anordnare, summary and motivering. Slutför records the beslut through BeviljandeService.bevilja;
 * every service call runs in the wizard's own progress area, off the UI thread.
 */
final class BeviljandeWizard extends Wizard {

    private final Inloggning vem;
    private final BeviljandeService beviljande;
    private final KundService kunder;
    private final JamforelseService jamforelse;
    private final Ansokan ansokan;
    private SammanfattningSida sammanfattning;
    private Insats beviljad;
    private boolean brevOnskat;

    /** @param jamforelse the justerad jämförelse of DOMAIN §13, or null when the report is not installed */
    BeviljandeWizard(Inloggning vem, BeviljandeService beviljande, KundService kunder, JamforelseService jamforelse, long kundId,
            LocalDate idag) {
        this.vem = vem;
        this.beviljande = beviljande;
        this.kunder = kunder;
        this.jamforelse = jamforelse;
        this.ansokan = new Ansokan(kundId, idag);
        setWindowTitle(Messages.wizardRubrik);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(new StartSida(this, ansokan));
        addPage(new RegelSida(this, ansokan));
        addPage(new AnordnarSida(this, ansokan));
        sammanfattning = new SammanfattningSida(ansokan);
        addPage(sammanfattning);
    }

    Inloggning vem() {
        return vem;
    }

    /** Reads the kund once, for the title and the summary; the service masks what the user may not see. */
    void lasKund() {
        if (ansokan.kund == null) {
            ansokan.kund = las(Messages.lasesKund, t -> kunder.hamta(vem.vid("Beviljande"), ansokan.kundId)); //$NON-NLS-1$
            if (ansokan.kund != null) {
                setWindowTitle(NLS.bind(Messages.wizardRubrikKund, ansokan.kund.getNamn()));
                getContainer().updateWindowTitle();
            }
        }
    }

    /**
     * The anordnare's justerad kvot over their avslut of the type in the year before the start, as
     * the share of lyckade beside it is counted; empty without the service or the right to read reports.
     */
    Map<String, JusteradKvot> justeradeKvoter() {
        if (jamforelse == null || !vem.har(Rattighet.LASA_RAPPORTER)) {
            return Map.of();
        }
        String typ = ansokan.typ.getKod();
        LocalDate start = ansokan.start;
        Map<String, JusteradKvot> kvoter = las(Messages.lasesJamforelse,
                t -> jamforelse.justeradeKvoter(vem, start.minusYears(1), start, typ));
        return kvoter == null ? Map.of() : kvoter;
    }

    /**
     * Runs a service call with the wizard's progress bar, the dialog blocked meanwhile. A refusal
     * from the service is shown on the page; null then.
     */
    <T> T las(String uppgift, Function<BeviljandeService, T> anrop) {
        AtomicReference<T> svar = new AtomicReference<>();
        try {
            getContainer().run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(uppgift, IProgressMonitor.UNKNOWN);
                try {
                    svar.set(anrop.apply(beviljande));
                } finally {
                    monitor.done();
                }
            });
            return svar.get();
        } catch (InvocationTargetException e) {
            visaFel(e.getCause());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void visaFel(Throwable fel) {
        IWizardPage sida = getContainer().getCurrentPage();
        String text = fel instanceof KundvalException ? fel.getMessage() : NLS.bind(Messages.ovantatFel, fel);
        if (!(fel instanceof KundvalException)) {
            ILog.of(BeviljandeWizard.class).error(String.valueOf(fel.getMessage()), fel);
        }
        if (sida instanceof WizardPage p) {
            p.setErrorMessage(text);
        }
    }

    @Override
    public boolean performFinish() {
        // read while the page's widgets exist: the handler asks only after the dialog has closed
        brevOnskat = sammanfattning.sparaBrev();
        beviljad = las(Messages.beviljar, t -> t.bevilja(vem, ansokan.beviljande()));
        return beviljad != null;
    }

    /** The granted insats after Slutför, or null. */
    Insats beviljad() {
        return beviljad;
    }

    /** The kund as the user may see it (personnummer masked without the right). */
    Kund kund() {
        return ansokan.kund;
    }

    /** Whether the handläggare asked for the beslutsbrev, as the page said at Slutför. */
    boolean sparaBrev() {
        return brevOnskat;
    }
}
