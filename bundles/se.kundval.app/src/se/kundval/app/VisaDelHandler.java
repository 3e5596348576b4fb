package se.kundval.app;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Shows and activates a part, reopening it when the user closed it. One parameterised command
 * serves the Visa menu items that every UI bundle contributes for its own parts. The menus are the
 * same in every perspective; a part that the current role's perspective does not hold is disabled.
 */
public class VisaDelHandler {

    /** The command parameter naming the part's element id. */
    public static final String DEL = "se.kundval.app.command.visaDel.del"; //$NON-NLS-1$

    @CanExecute
    boolean finns(EPartService delar, @Optional @Named(DEL) String delId) {
        return delId != null && delar.findPart(delId) != null;
    }

    @Execute
    void visa(EPartService delar, @Named(DEL) String delId) {
        delar.showPart(delId, PartState.ACTIVATE);
    }
}
