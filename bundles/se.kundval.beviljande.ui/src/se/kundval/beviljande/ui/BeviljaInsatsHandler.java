package se.kundval.beviljande.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Insats;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Handelser;

/**
 * Beslut > Bevilja insats… for the selected kund (any part that publishes a kund's database id):
 * the {@link BeviljandeWizard}. Afterwards the parts showing the kund are told its insatser
 * changed, and the beslutsbrev is saved as PDF if the handläggare asked for it.
 */
public class BeviljaInsatsHandler {

    /** Data key under which widgets carry their stable id for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    /**
     * Event topic, with the kund's database id, after a beslut changed the kund's insatser. The Kund
     * editor subscribes to the same literal; UI bundles do not depend on each other.
     */
    public static final String INSATSER_ANDRADE = Handelser.INSATSER_ANDRADE;

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object valt, Inloggning vem) {
        return valt instanceof Long && vem.har(Rattighet.BEVILJA_INSATS);
    }

    @Execute
    void bevilja(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId, @Named(IServiceConstants.ACTIVE_SHELL) Shell skal,
            Inloggning vem, BeviljandeService beviljande, KundService kunder, IEventBroker handelser, @Service Clock klocka,
            @Optional JamforelseService jamforelse, @Optional Filvaljare filvaljare, UISynchronize ui,
            AtkomstloggService logg) {
        BeviljandeWizard wizard = new BeviljandeWizard(vem, beviljande, kunder, jamforelse, kundId, LocalDate.now(klocka));
        WizardDialog dialog = new Guidedialog(skal, wizard);
        dialog.setPageSize(680, 420);
        if (dialog.open() != Window.OK || wizard.beviljad() == null) {
            return;
        }
        Insats insats = wizard.beviljad();
        handelser.post(INSATSER_ANDRADE, kundId);
        if (wizard.sparaBrev()) {
            Beslutsbrev.sparaMedDialog(skal, filvaljare, ui, insats, insats.getBeslut().get(0), wizard.kund(), vem, logg);
        }
    }
}
