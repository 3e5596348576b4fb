package se.kundval.ui;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Widens the columns of a table with fixed starting widths to their heading and values, for the
 * tables that are not a {@link Tabell}: a width chosen in advance cut an orgnr's heading or a list of
 * insatstyper in a part of 1 600 points. A column is never made narrower than it was.
 */
public final class Kolumnbredder {

    private Kolumnbredder() {
    }

    /** After new rows: each column at least as wide as its heading and its widest value. */
    public static void rymInnehall(Table tabell) {
        for (TableColumn kolumn : tabell.getColumns()) {
            int fore = kolumn.getWidth();
            kolumn.pack();
            kolumn.setWidth(Math.max(fore, kolumn.getWidth()));
        }
    }
}
