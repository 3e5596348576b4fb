package se.kundval.kund.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Arkiv > Öppna kund (and a double-click or Enter in the Kunder list): opens the selected kund in
 * its editor. Any part that publishes a kund's database id as its selection can be the source.
 */
public class OppnaKundHandler {

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object valt) {
        return valt instanceof Long;
    }

    @Execute
    void oppna(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId, EPartService delar, EModelService modell, MWindow fonster) {
        Kundeditorer.oppna(delar, modell, fonster, kundId);
    }
}
