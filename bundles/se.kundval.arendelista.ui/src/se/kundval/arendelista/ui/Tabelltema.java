package se.kundval.arendelista.ui;

import static se.kundval.ui.Tabellstil.mork;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;

/**
 * Keeps Mina kunder's table in the light or dark palette of the part around it. NatTable paints its
 * cells itself, so the CSS theme does not reach them; the part's own (CSS-styled) background says
 * which theme is in use. The CSS engine styles the part after it is created, and a theme remembered
 * from the last session may reach it only when the window shows, so every paint checks that the
 * palette still matches, besides the theme engine's event.
 */
final class Tabelltema {

    private final Arendetabell tabell;
    private final UISynchronize ui;
    /** The palette the table paints in now: null before the first, true for the dark one. */
    private Boolean mork;

    Tabelltema(Arendetabell tabell, UISynchronize ui) {
        this.tabell = tabell;
        this.ui = ui;
        NatTable natTable = tabell.natTable();
        natTable.addListener(SWT.Paint, e -> {
            if (mork == null || mork != mork(natTable.getParent().getBackground().getRGB())) {
                ui.asyncExec(this::folj);
            }
        });
        ui.asyncExec(this::folj);
    }

    /** Registers the palette of the theme now in use, when it changed, and repaints. */
    void folj() {
        NatTable natTable = tabell.natTable();
        if (natTable.isDisposed()) {
            return;
        }
        boolean nu = mork(natTable.getParent().getBackground().getRGB());
        if (mork != null && mork == nu) {
            return;
        }
        mork = nu;
        Tabellstil.farger(tabell.konfiguration(), nu);
        natTable.setBackground(Tabellstil.bakgrund(nu));
        tabell.ritaOmMedNyStil();
    }

    /** The event may come while the new theme is still being applied: the colours are read afterwards. */
    void temaBytt() {
        ui.asyncExec(this::folj);
    }
}
