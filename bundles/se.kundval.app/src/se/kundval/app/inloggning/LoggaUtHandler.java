package se.kundval.app.inloggning;

import java.util.Collection;
import java.util.Optional;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.app.Messages;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;

/**
 * Arkiv > Logga ut: offers to save unsaved work, hides the window (the next user must not see the
 * last one's kunder) and shows the login dialog again. The new login replaces the {@link Inloggning}
 * in the application context, which every part follows, and the workbench switches to the new
 * role's perspective; Avbryt closes the workbench.
 */
public class LoggaUtHandler {

    @Execute
    void loggaUt(@Named(IServiceConstants.ACTIVE_SHELL) Shell skal, MApplication app, EModelService modell,
            EPartService delar, AnvandareService anvandare, Databas databas, UISynchronize ui, IWorkbench arbetsbank) {
        if (!sparaAndringar(skal, delar)) {
            return;
        }
        skal.setVisible(false);
        Optional<Inloggning> vem = new Inloggningsdialog(null, anvandare, databas, ui).logga();
        if (vem.isEmpty()) {
            arbetsbank.close();
            return;
        }
        app.getContext().set(Inloggning.class, vem.get());
        Rollperspektiv.byt(app, modell, delar, vem.get().roll());
        skal.setVisible(true);
        skal.setActive();
    }

    /** False when the user chose to stay logged in. */
    private static boolean sparaAndringar(Shell skal, EPartService delar) {
        Collection<MPart> osparade = delar.getDirtyParts();
        if (osparade.isEmpty()) {
            return true;
        }
        String namn = String.join(", ", osparade.stream().map(MPart::getLocalizedLabel).toList()); //$NON-NLS-1$
        int svar = new MessageDialog(skal, Messages.loggaUtRubrik, null, NLS.bind(Messages.sparaForeUtloggning, namn),
                MessageDialog.QUESTION, 0, Messages.spara, Messages.sparaInte, Messages.avbryt).open();
        if (svar == 0) {
            return osparade.stream().allMatch(p -> delar.savePart(p, false)) && delar.getDirtyParts().isEmpty();
        }
        return svar == 1;
    }
}
