package se.kundval.kund.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Arkiv > Spara (Ctrl+S): saves the active part when it has unsaved changes, through the part's
 * own {@code @Persist} method. The Kund editor counts text typed but not yet confirmed as a change
 * and confirms it before saving.
 */
public class SparaHandler {

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart del) {
        return del != null && del.isDirty();
    }

    @Execute
    void spara(@Named(IServiceConstants.ACTIVE_PART) MPart del, EPartService delar) {
        delar.savePart(del, false);
    }
}
