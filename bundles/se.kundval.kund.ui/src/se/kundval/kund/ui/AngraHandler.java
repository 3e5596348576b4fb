package se.kundval.kund.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Redigera > Ångra (Ctrl+Z): undoes the last change in the active Kund editor. The editor's
 * {@link Kundredigering} lives in its part context, so only the active editor's stack is reached.
 */
public class AngraHandler {

    @CanExecute
    boolean kan(@Optional Kundredigering redigering) {
        return redigering != null && redigering.kanAngra();
    }

    @Execute
    void angra(Kundredigering redigering) {
        redigering.angra();
    }
}
