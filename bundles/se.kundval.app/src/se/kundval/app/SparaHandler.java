package se.kundval.app;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Arkiv > Spara (Ctrl+S): saves the active part when it has unsaved changes. Every editor of the UI
 * bundles gets saving by marking its part dirty and saving in its {@code @Persist} method.
 */
public class SparaHandler {

    @CanExecute
    boolean kanSpara(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart del) {
        return del != null && del.isDirty();
    }

    @Execute
    void spara(EPartService delar, @Named(IServiceConstants.ACTIVE_PART) MPart del) {
        delar.savePart(del, false);
    }
}
