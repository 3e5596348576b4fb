package se.kundval.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a {@link Trattdiagram} with JFreeChart on any Graphics2D: the PDF's vector template, the XLSX
 * picture and the workbench's image use this one drawing, and get back where each point landed so
 * that the workbench can tell which anordnare was clicked.
 */
public final class Trattritare {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final Color PUNKT = new Color(0x2F, 0x5D, 0x8A);
    private static final Color[] GRANSFARG = {new Color(0xE0, 0x8A, 0x1E), new Color(0xC0, 0x39, 0x2B)};
    private static final int STEG = 120;

    private Trattritare() {
    }

    /**
     * Draws the plot into the area and returns the area each point was drawn on, in the order of
     * {@link Trattdiagram#punkter()}; a point outside the plot gets an empty area.
     */
    public static List<Shape> rita(Trattdiagram diagram, Graphics2D g, Rectangle2D yta) {
        return rita(diagram, g, yta, Diagramfarger.PAPPER);
    }

    /** As {@link #rita(Trattdiagram, Graphics2D, Rectangle2D)}, on the given paper and text colours (the screen's theme). */
    public static List<Shape> rita(Trattdiagram diagram, Graphics2D g, Rectangle2D yta, Diagramfarger farger) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        JFreeChart chart = diagram(diagram);
        farger.stil(chart);
        chart.draw(g, yta, info);
        Object punkterna = chart.getXYPlot().getDataset(0);
        List<Shape> ytor = new ArrayList<>();
        diagram.punkter().forEach(p -> ytor.add(new Rectangle2D.Double()));
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity punkt && punkt.getDataset() == punkterna) {
                ytor.set(punkt.getItem(), ((ChartEntity) punkt).getArea());
            }
        }
        namnge(diagram, g, ytor, info.getPlotInfo().getDataArea(), farger);
        return ytor;
    }

    /** Every point drawn in the plot gets its name, placed so that each can be read (Trattetiketter). */
    private static void namnge(Trattdiagram diagram, Graphics2D g, List<Shape> ytor, Rectangle2D dataYta, Diagramfarger farger) {
        List<String> namn = new ArrayList<>();
        List<Point2D> mitter = new ArrayList<>();
        List<Boolean> forst = new ArrayList<>();
        for (int i = 0; i < ytor.size(); i++) {
            Rectangle2D punkt = ytor.get(i).getBounds2D();
            if (!punkt.isEmpty()) {
                namn.add(diagram.punkter().get(i).etikett());
                mitter.add(new Point2D.Double(punkt.getCenterX(), punkt.getCenterY()));
                forst.add(utanfor(diagram, diagram.punkter().get(i)));
            }
        }
        Trattetiketter.rita(g, namn, mitter, forst, dataYta, farger);
    }

    /** The plot as a PDF image as wide as the page and at most {@code maxHojd} high. */
    static Image bild(Trattdiagram diagram, PdfContentByte innehall, float bredd, float maxHojd) throws BadElementException {
        float hojd = Math.min(maxHojd, bredd * 0.55f);
        PdfTemplate mall = innehall.createTemplate(bredd, hojd);
        // text as shapes: the chart's fonts then need no mapping to PDF fonts
        Graphics2D g = mall.createGraphicsShapes(bredd, hojd);
        try {
            rita(diagram, g, new Rectangle2D.Double(0, 0, bredd, hojd));
        } finally {
            g.dispose();
        }
        return Image.getInstance(mall);
    }

    private static JFreeChart diagram(Trattdiagram diagram) {
        XYSeries punkter = new XYSeries(diagram.yAxel(), false, true);
        double storsta = 1;
        double hogsta = 2;
        for (Trattdiagram.Punkt p : diagram.punkter()) {
            punkter.add(p.x(), p.y());
            storsta = Math.max(storsta, p.x());
            hogsta = Math.max(hogsta, p.y() * 1.15);
        }
        XYPlot plot = new XYPlot();
        XYLineAndShapeRenderer punktritare = new XYLineAndShapeRenderer(false, true);
        punktritare.setSeriesPaint(0, PUNKT);
        punktritare.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        // the names are drawn after the chart, where each has room (Trattetiketter), not as item labels
        punktritare.setSeriesVisibleInLegend(0, false);
        plot.setDataset(0, new XYSeriesCollection(punkter));
        plot.setRenderer(0, punktritare);
        // from near 0, so that the funnel's shape shows even when every point has a similar expectation
        plot.setDataset(1, granser(diagram, Math.max(0.5, storsta * 0.02), storsta * 1.1));
        XYLineAndShapeRenderer gransritare = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < diagram.granser().size(); i++) {
            Color farg = GRANSFARG[Math.min(i, GRANSFARG.length - 1)];
            for (int sida = 0; sida < 2; sida++) {
                int serie = 2 * i + sida;
                gransritare.setSeriesPaint(serie, farg);
                gransritare.setSeriesStroke(serie, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        i == 0 ? new float[] {6f, 4f} : new float[] {2f, 3f}, 0f));
                gransritare.setSeriesVisibleInLegend(serie, sida == 0);
            }
        }
        plot.setRenderer(1, gransritare);
        NumberAxis x = new NumberAxis(diagram.xAxel());
        x.setNumberFormatOverride(NumberFormat.getNumberInstance(SVENSKA));
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(diagram.yAxel());
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(SVENSKA));
        // the limits rise steeply towards x = 0; the points decide the height, the curves are cut
        y.setRange(0, hogsta);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.addRangeMarker(new ValueMarker(1, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** True when the point lies outside the inner (first) pair of limits, or there are none to be inside of. */
    static boolean utanfor(Trattdiagram diagram, Trattdiagram.Punkt punkt) {
        if (diagram.granser().isEmpty() || punkt.x() <= 0) {
            return true;
        }
        Trattdiagram.Grans inre = diagram.granser().get(0);
        return punkt.y() > diagram.grans(inre, 1, punkt.x()) || punkt.y() < diagram.grans(inre, -1, punkt.x());
    }

    /** Each limit as an upper and a lower curve over [fran, till]; the lower one only where it is above 0. */
    private static XYSeriesCollection granser(Trattdiagram diagram, double fran, double till) {
        XYSeriesCollection kurvor = new XYSeriesCollection();
        for (Trattdiagram.Grans grans : diagram.granser()) {
            XYSeries ovre = new XYSeries(grans.namn(), false, true);
            XYSeries nedre = new XYSeries(grans.namn() + ' ', false, true);
            for (int i = 0; i <= STEG; i++) {
                double x = fran + (till - fran) * i / STEG;
                ovre.add(x, diagram.grans(grans, 1, x));
                double lag = diagram.grans(grans, -1, x);
                if (lag >= 0) {
                    nedre.add(x, lag);
                }
            }
            kurvor.addSeries(ovre);
            kurvor.addSeries(nedre);
        }
        return kurvor;
    }
}
