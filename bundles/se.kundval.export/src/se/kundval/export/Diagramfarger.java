package se.kundval.export;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The colours a chart is drawn in: white paper for the PDF and the XLSX, the part's own (CSS-themed)
 * background and text on screen, so that a chart in the dark theme is not a white box. The bars,
 * points and limits keep their colours, which read on both.
 *
 * @param bakgrund the paper behind the chart
 * @param text     titles, axes and labels
 * @param rutnat   grid lines
 */
public record Diagramfarger(Color bakgrund, Color text, Color rutnat) {

    /** Paper: what the exports use. */
    public static final Diagramfarger PAPPER = new Diagramfarger(Color.WHITE, Color.DARK_GRAY, Color.LIGHT_GRAY);

    /** The colours of a themed control: its background and foreground, the grid between them. */
    public static Diagramfarger av(int bakgrundRgb, int textRgb) {
        Color bakgrund = new Color(bakgrundRgb);
        Color text = new Color(textRgb);
        Color rutnat = new Color((bakgrund.getRed() * 3 + text.getRed()) / 4, (bakgrund.getGreen() * 3 + text.getGreen()) / 4,
                (bakgrund.getBlue() * 3 + text.getBlue()) / 4);
        return new Diagramfarger(bakgrund, text, rutnat);
    }

    /**
     * Paints the chart's paper, titles, legend, axes and grid in these colours. Package-private: each
     * bundle carries its own JFreeChart, so a chart is styled by the bundle that made it.
     */
    void stil(JFreeChart diagram) {
        diagram.setBackgroundPaint(bakgrund);
        if (diagram.getTitle() != null) {
            diagram.getTitle().setPaint(text);
        }
        for (int i = 0; i < diagram.getSubtitleCount(); i++) {
            Title underrubrik = diagram.getSubtitle(i);
            if (underrubrik instanceof TextTitle t) {
                t.setPaint(text);
            } else if (underrubrik instanceof LegendTitle forklaring) {
                forklaring.setBackgroundPaint(bakgrund);
                forklaring.setItemPaint(text);
            }
        }
        Plot yta = diagram.getPlot();
        yta.setBackgroundPaint(bakgrund);
        if (yta instanceof CategoryPlot kategorier) {
            axel(kategorier.getDomainAxis(), text);
            axel(kategorier.getRangeAxis(), text);
            kategorier.setRangeGridlinePaint(rutnat);
            kategorier.getRenderer().setDefaultItemLabelPaint(text);
        } else if (yta instanceof XYPlot xy) {
            axel(xy.getDomainAxis(), text);
            axel(xy.getRangeAxis(), text);
            xy.setDomainGridlinePaint(rutnat);
            xy.setRangeGridlinePaint(rutnat);
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) != null) {
                    xy.getRenderer(i).setDefaultItemLabelPaint(text);
                }
            }
        }
    }

    private static void axel(Axis axel, Paint text) {
        if (axel != null) {
            axel.setLabelPaint(text);
            axel.setTickLabelPaint(text);
            axel.setAxisLinePaint(text);
            axel.setTickMarkPaint(text);
        }
    }
}
