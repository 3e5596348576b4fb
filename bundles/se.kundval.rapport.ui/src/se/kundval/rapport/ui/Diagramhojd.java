package se.kundval.rapport.ui;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.axis.Axis;

/** How tall a chart must be drawn for what it shows to be read. */
final class Diagramhojd {

    private static final int MAX_RADER = 3;
    /** Share of the chart's width a horizontal chart gives the category names. */
    static final float ETIKETTANDEL = 0.4f;
    /** Share of the plot's height the bands get; the rest is the axis' margins and gaps (0.05 + 0.05 + 0.2). */
    private static final double KATEGORIANDEL = 0.7;
    /** Title, subtitle, value axis and insets above and below the bars. */
    private static final int OVERDEL = 110;
    /** Space between two names so they do not touch. */
    private static final int RADLUFT = 4;

    private Diagramhojd() {
    }

    /**
     * The height at which no two category names of a horizontal chart overlap when it is this wide:
     * each bar's band must hold its longest name wrapped onto up to three lines. A fixed height let
     * "Annan insats, Arbetsförmedlingen" run into its neighbours once there were 14 avslutsorsaker.
     */
    static int av(Diagramdata data, int bredd, int minsta) {
        if (!data.liggande() || data.staplar().isEmpty()) {
            return minsta;
        }
        BufferedImage matt = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = matt.createGraphics();
        try {
            FontMetrics fm = g.getFontMetrics(Axis.DEFAULT_TICK_LABEL_FONT);
            float namnbredd = ETIKETTANDEL * bredd;
            int rader = 1;
            for (Diagramdata.Stapel s : data.staplar()) {
                rader = Math.max(rader, rader(fm, s.etikett() + (s.osaker() ? " *" : ""), namnbredd)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            int band = rader * fm.getHeight() + RADLUFT;
            return Math.max(minsta, OVERDEL + (int) Math.ceil(data.staplar().size() * band / KATEGORIANDEL));
        } finally {
            g.dispose();
        }
    }

    /** Lines the name takes when wrapped at spaces to this width, as the axis wraps it (at most three). */
    private static int rader(FontMetrics fm, String namn, float bredd) {
        int rader = 1;
        int rad = 0;
        for (String ord : namn.split(" ")) { //$NON-NLS-1$
            int w = fm.stringWidth(rad == 0 ? ord : " " + ord); //$NON-NLS-1$
            if (rad > 0 && rad + w > bredd) {
                rader++;
                rad = fm.stringWidth(ord);
            } else {
                rad += w;
            }
        }
        return Math.min(rader, MAX_RADER);
    }
}
