package se.kundval.ui;

import org.eclipse.swt.graphics.Color;

/**
 * The tints that mark a row of a {@link Tabell} (a missing report, a judgement waiting too long, a
 * superseded bedömning), each in the light and the dark theme's variant. The rows take their text
 * colour from the theme, so a light tint under the dark theme's pale text could not be read
 * (docs/decisions/0395-radtoner-efter-tema.md): the dark variants keep the hue at a darkness on which
 * that text has a contrast of at least 7:1, as the light ones have with the light theme's text.
 */
public enum Radton {

    /** Missing or late: red. */
    SAKNAS(new Color(253, 226, 225), new Color(92, 38, 38)),
    /** Waiting for someone's action: amber. */
    VANTAR(new Color(254, 243, 199), new Color(82, 64, 18)),
    /** To do and not yet due: pale yellow. */
    ATT_GORA(new Color(255, 250, 230), new Color(60, 56, 34)),
    /** No longer in force: grey. */
    ERSATT(new Color(241, 243, 246), new Color(44, 50, 60));

    private final Color ljus;
    private final Color mork;

    Radton(Color ljus, Color mork) {
        this.ljus = ljus;
        this.mork = mork;
    }

    /** The tint on a table whose background is the dark theme's ({@link Tabellstil#mork}) or the light one's. */
    public Color farg(boolean morkt) {
        return morkt ? mork : ljus;
    }
}
