package se.kundval.rapport.ui;

import se.kundval.core.rapport.Figur;

/**
 * One figure as the report tables show it.
 *
 * @param text   the figure with its n, as shown
 * @param osaker true when fewer than five persons stand behind it
 * @param figur  the figure to drill down from, or null when no insatser stand behind it (NKI, tillsyn)
 */
record Cell(String text, boolean osaker, Figur figur) {

    static final Cell TOM = new Cell("", false, null); //$NON-NLS-1$

    static Cell text(String text) {
        return new Cell(text == null ? "" : text, false, null); //$NON-NLS-1$
    }

    static Cell antal(int antal, Figur figur) {
        return new Cell(Integer.toString(antal), false, figur);
    }
}
