package se.kundval.kund.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Redigera > Gör om (Ctrl+Y): redoes what Ångra undid in the active Kund editor. */
public class GorOmHandler {

    @CanExecute
    boolean kan(@Optional Kundredigering redigering) {
        return redigering != null && redigering.kanGoraOm();
    }

    @Execute
    void gorOm(Kundredigering redigering) {
        redigering.gorOm();
    }
}
