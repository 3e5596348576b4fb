package se.kundval.kund.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;

/** Arkiv > Ny kund: an empty Kund editor with a new kund-id, saved with Ctrl+S like any other. */
public class NyKundHandler {

    @CanExecute
    boolean kan(Inloggning vem) {
        return vem.har(Rattighet.REDIGERA_KUNDER);
    }

    @Execute
    void ny(EPartService delar, EModelService modell, MWindow fonster) {
        Kundeditorer.ny(delar, modell, fonster);
    }
}
