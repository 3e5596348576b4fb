package se.kundval.app.inloggning;

import java.util.Collection;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.app.Messages;
import se.kundval.core.Inloggning;
import se.kundval.klient.Serverklient;

/**
 * Arkiv > Logga ut: offers to save unsaved work, hides the window (the next user must not see the
 * last one's kunder), ends a server session and shows the login dialog again. The new login replaces the {@link Inloggning}
 * in the application context, which every part follows, and the workbench switches to the new
 * role's perspective; Avbryt closes the workbench.
 */
public class LoggaUtHandler {

    @Execute
    void loggaUt(@Named(IServiceConstants.ACTIVE_SHELL) Shell skal, MApplication app, EModelService modell,
            EPartService delar, @Optional Serverklient server, IWorkbench arbetsbank) {
        if (!sparaAndringar(skal, delar)) {
            return;
        }
        skal.setVisible(false);
        glomVal(app, modell);
        if (server != null) {
            // the server session ends here: the next login may be another user, or the local database
            server.loggaUt();
        }
        var vem = new Inloggningsdialog(null, app.getContext()).logga();
        if (vem.isEmpty()) {
            arbetsbank.close();
            return;
        }
        app.getContext().set(Inloggning.class, vem.get());
        Rollperspektiv.byt(app, modell, delar, vem.get().roll());
        skal.setVisible(true);
        skal.setActive();
    }

    /**
     * No part keeps publishing what the last user chose: a part's selection comes back into the
     * window whenever the part is activated, so a Kund part of the next user's perspective showed the
     * previous user's kund (issue 10 item 10).
     */
    private static void glomVal(MApplication app, EModelService modell) {
        for (MPart del : modell.findElements(app, null, MPart.class)) {
            ESelectionService val = del.getContext() == null ? null : del.getContext().get(ESelectionService.class);
            if (val != null) {
                val.setSelection(null);
            }
        }
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
