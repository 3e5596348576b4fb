package se.kundval.beviljande.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kund;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Filvaljare;

/**
 * Beslut > Förläng insats… for the selected kund: reads the kund's insatser that are not ended, then
 * {@link Forlangningsdialog} records the förlängning as a new beslut (BeviljandeService.forlang).
 */
public class ForlangInsatsHandler {

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object valt, Inloggning vem) {
        return valt instanceof Long && vem.har(Rattighet.BEVILJA_INSATS);
    }

    @Execute
    void forlang(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId, @Named(IServiceConstants.ACTIVE_SHELL) Shell skal,
            Inloggning vem, BeviljandeService beviljande, KundService kunder, InsatsService insatser, UISynchronize ui,
            IEventBroker handelser, @Service Clock klocka, @Optional Filvaljare filvaljare, AtkomstloggService logg) {
        Job.create(Messages.lasesKund, (IProgressMonitor monitor) -> {
            try {
                Kund kund = kunder.hamta(vem, kundId);
                List<Insats> pagaende = insatser.forKund(vem, kundId).stream().filter(i -> i.getStatus() != InsatsStatus.AVSLUTAD).toList();
                ui.asyncExec(() -> visa(skal, vem, beviljande, handelser, kund, pagaende, klocka, filvaljare, ui, logg));
            } catch (KundvalException e) {
                ui.asyncExec(() -> MessageDialog.openError(skal, Messages.forlangRubrik, e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private static void visa(Shell skal, Inloggning vem, BeviljandeService beviljande, IEventBroker handelser, Kund kund,
            List<Insats> pagaende, Clock klocka, Filvaljare filvaljare, UISynchronize ui,
            AtkomstloggService logg) {
        if (skal.isDisposed()) {
            return;
        }
        if (pagaende.isEmpty()) {
            MessageDialog.openInformation(skal, Messages.forlangRubrik, Messages.ingenPagaende);
            return;
        }
        Forlangningsdialog dialog = new Forlangningsdialog(skal, vem, beviljande, new Bakgrund(ui), kund, pagaende,
                LocalDate.now(klocka));
        if (dialog.open() == Window.OK && dialog.forlangd() != null) {
            handelser.post(BeviljaInsatsHandler.INSATSER_ANDRADE, kund.getId());
            if (dialog.sparaBrev()) {
                Insats i = dialog.forlangd();
                Beslutsbrev.sparaMedDialog(skal, filvaljare, ui, i, i.getBeslut().get(i.getBeslut().size() - 1), kund, vem, logg);
            }
        }
    }
}
