package se.kundval.rapport.ui;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.rapport.Figur;

/**
 * What one chart of the report shows: a bar per category with its value and n, uncertain bars
 * marked, and the figure each bar drills down to.
 *
 * @param rubrik   the chart's title
 * @param skala    how the values read on the axis
 * @param mal      a target drawn across the bars (andel lyckade: 0.65), or null
 * @param liggande horizontal bars, for long category names (anordnare, avslutsorsaker)
 * @param staplar  the bars in display order
 */
record Diagramdata(String rubrik, Skala skala, BigDecimal mal, boolean liggande, List<Stapel> staplar) {

    /** The value axis: a share 0–1 shown as percent, days, a count, or NKI on its 1–5 scale. */
    enum Skala {
        ANDEL, DAGAR, ANTAL, NKI
    }

    /**
     * @param etikett the category on the axis
     * @param varde   the value
     * @param n       the persons (or avslut) behind it
     * @param osaker  fewer than five behind it
     * @param figur   the figure to drill down to, or null (NKI rests on answers, not insatser)
     */
    record Stapel(String etikett, BigDecimal varde, int n, boolean osaker, Figur figur) {
    }

    Diagramdata {
        staplar = List.copyOf(staplar);
    }
}
