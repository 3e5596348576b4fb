package se.kundval.beviljande.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Beslut;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.ui.Filvaljare;

/**
 * Beslut > Beslutsbrev som PDF… for the selected kund: the letter of the kund's latest beslut
 * (a beviljande or förlängning), read in the background and saved where the user chooses.
 */
public class BeslutsbrevHandler {

    /** The kund's latest beslut and its insats, the kund as the user may see it. */
    record Senaste(Kund kund, Insats insats, Beslut beslut) {
    }

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object valt, Inloggning vem) {
        return valt instanceof Long && vem.har(Rattighet.LASA_KUNDER);
    }

    @Execute
    void skriv(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId, @Named(IServiceConstants.ACTIVE_SHELL) Shell skal,
            Inloggning vem, KundService kunder, InsatsService insatser, UISynchronize ui, @Optional Filvaljare filvaljare, AtkomstloggService logg) {
        Job.create(Messages.lasesKund, (IProgressMonitor monitor) -> {
            try {
                Senaste senaste = senaste(vem, kunder, insatser, kundId);
                ui.asyncExec(() -> {
                    if (senaste == null) {
                        MessageDialog.openInformation(skal, Messages.sparaBrevRubrik, Messages.ingetBeslut);
                    } else {
                        Beslutsbrev.sparaMedDialog(skal, filvaljare, ui, senaste.insats(), senaste.beslut(), senaste.kund(), vem, logg);
                    }
                });
            } catch (KundvalException e) {
                ui.asyncExec(() -> MessageDialog.openError(skal, Messages.sparaBrevRubrik, e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    static Senaste senaste(Inloggning vem, KundService kunder, InsatsService insatser, long kundId) {
        Kund kund = kunder.hamta(vem, kundId);
        List<Insats> alla = insatser.forKund(vem, kundId);
        Comparator<Beslut> ordning = Comparator.comparing(Beslut::getDatum)
                .thenComparing(Beslut::getTidpunkt, Comparator.nullsFirst(Comparator.naturalOrder()));
        return alla.stream().flatMap(i -> i.getBeslut().stream().map(b -> new Senaste(kund, i, b)))
                .max(Comparator.comparing(Senaste::beslut, ordning)).orElse(null);
    }
}
