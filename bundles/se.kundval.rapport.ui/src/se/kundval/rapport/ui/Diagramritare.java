package se.kundval.rapport.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import se.kundval.export.Diagramfarger;

/**
 * Draws a {@link Diagramdata} with JFreeChart into an AWT image and hands SWT its pixels: no
 * SWT_AWT bridge, no AWT window. The rendering info is kept so that a click can be mapped back to
 * the bar under it.
 */
final class Diagramritare {

    static {
        // charts are only drawn into images: AWT must not open a display connection of its own beside SWT's
        if (System.getProperty("java.awt.headless") == null) { //$NON-NLS-1$
            System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final Color STAPEL = new Color(0x2F, 0x5D, 0x8A);
    private static final Color OSAKER = new Color(0xE0, 0xA1, 0x3A);
    private static final Color MAL = new Color(0xC0, 0x39, 0x2B);
    private static final Font TITEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    /** A drawn chart: its pixels and where each bar ended up. */
    record Ritning(ImageData bild, ChartRenderingInfo info, Diagramdata data) {

        /** The bar at the point, if any. */
        Optional<Diagramdata.Stapel> stapelVid(int x, int y) {
            ChartEntity entitet = info.getEntityCollection().getEntity(x, y);
            if (entitet instanceof CategoryItemEntity stapel && stapel.getColumnKey() instanceof Nyckel nyckel) {
                return Optional.of(data.staplar().get(nyckel.index()));
            }
            return Optional.empty();
        }

        /** The middle of a bar, where a click hits it. */
        Optional<Point> mitt(int index) {
            for (Object o : info.getEntityCollection().getEntities()) {
                if (o instanceof CategoryItemEntity stapel && stapel.getColumnKey() instanceof Nyckel nyckel && nyckel.index() == index) {
                    Shape yta = stapel.getArea();
                    return Optional.of(new Point((int) yta.getBounds2D().getCenterX(), (int) yta.getBounds2D().getCenterY()));
                }
            }
            return Optional.empty();
        }
    }

    /** A category key unique per bar (two anordnare may share a name) that shows as its label. */
    private record Nyckel(int index, String etikett) implements Comparable<Nyckel> {

        @Override
        public int compareTo(Nyckel annan) {
            return Integer.compare(index, annan.index);
        }

        @Override
        public String toString() {
            return etikett;
        }
    }

    private Diagramritare() {
    }

    static Ritning rita(Diagramdata data, int bredd, int hojd, Diagramfarger farger) {
        JFreeChart diagram = diagram(data);
        farga(diagram, farger);
        BufferedImage bild = new BufferedImage(bredd, hojd, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = bild.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            diagram.draw(g, new Rectangle2D.Double(0, 0, bredd, hojd), info);
        } finally {
            g.dispose();
        }
        return new Ritning(swt(bild), info, data);
    }

    private static JFreeChart diagram(Diagramdata data) {
        DefaultCategoryDataset varden = new DefaultCategoryDataset();
        for (int i = 0; i < data.staplar().size(); i++) {
            Diagramdata.Stapel s = data.staplar().get(i);
            varden.addValue(s.varde(), "", new Nyckel(i, s.osaker() ? s.etikett() + " *" : s.etikett())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JFreeChart diagram = ChartFactory.createBarChart(null, null, null, varden,
                data.liggande() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        TextTitle titel = new TextTitle(data.rubrik(), TITEL);
        diagram.setTitle(titel);
        if (data.staplar().stream().anyMatch(Diagramdata.Stapel::osaker)) {
            diagram.addSubtitle(new TextTitle(Messages.diagramOsaker));
        }
        CategoryPlot yta = diagram.getCategoryPlot();
        yta.setOutlineVisible(false);
        CategoryAxis kategorier = yta.getDomainAxis();
        // long names wrap onto a second and third line instead of ending in "…" after a few letters
        kategorier.setMaximumCategoryLabelLines(3);
        if (data.liggande()) {
            kategorier.setMaximumCategoryLabelWidthRatio(Diagramhojd.ETIKETTANDEL);
        } else if (data.staplar().size() > 6) {
            kategorier.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer staplar = new Staplar(data);
        staplar.setBarPainter(new StandardBarPainter());
        staplar.setShadowVisible(false);
        staplar.setMaximumBarWidth(0.12);
        staplar.setDefaultItemLabelGenerator(new Staplar.Etiketter(data));
        staplar.setDefaultItemLabelsVisible(true);
        staplar.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        if (data.liggande()) {
            staplar.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
        yta.setRenderer(staplar);
        NumberAxis axel = (NumberAxis) yta.getRangeAxis();
        switch (data.skala()) {
            case ANDEL -> {
                // room beyond 100 % for the bar's label, short of the next tick so the axis ends at 100 %
                axel.setRange(0, 1.19);
                axel.setTickUnit(new NumberTickUnit(0.2, NumberFormat.getPercentInstance(SVENSKA)));
            }
            case NKI -> {
                // the 1–5 scale with room after 5 for "4,12 (n = 23)", short of a tick at 6
                axel.setRange(0, 5.95);
                axel.setTickUnit(new NumberTickUnit(1));
            }
            case ANTAL -> {
                axel.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
                axel.setUpperMargin(0.2);
            }
            case DAGAR -> axel.setUpperMargin(0.25);
        }
        if (data.skala() != Diagramdata.Skala.ANDEL) {
            axel.setNumberFormatOverride(NumberFormat.getNumberInstance(SVENSKA));
        }
        if (data.mal() != null) {
            ValueMarker mal = new ValueMarker(data.mal().doubleValue(), MAL, new BasicStroke(1.5f));
            mal.setLabel(NLS.bind(Messages.diagramMal, Siffror.procent(data.mal())));
            mal.setLabelPaint(MAL);
            mal.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            // inside the plot beside the line: above the plot the title's space clips it
            mal.setLabelAnchor(data.liggande() ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
            mal.setLabelTextAnchor(data.liggande() ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT);
            mal.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            yta.addRangeMarker(mal);
        }
        return diagram;
    }

    /** Paper, titles, axes, grid and labels in the part's colours; the bars keep theirs. */
    private static void farga(JFreeChart diagram, Diagramfarger farger) {
        diagram.setBackgroundPaint(farger.bakgrund());
        diagram.getTitle().setPaint(farger.text());
        for (int i = 0; i < diagram.getSubtitleCount(); i++) {
            if (diagram.getSubtitle(i) instanceof TextTitle underrubrik) {
                underrubrik.setPaint(farger.text());
            }
        }
        CategoryPlot yta = diagram.getCategoryPlot();
        yta.setBackgroundPaint(farger.bakgrund());
        yta.setRangeGridlinePaint(farger.rutnat());
        for (Axis axel : new Axis[] {yta.getDomainAxis(), yta.getRangeAxis()}) {
            axel.setLabelPaint(farger.text());
            axel.setTickLabelPaint(farger.text());
            axel.setAxisLinePaint(farger.rutnat());
            axel.setTickMarkPaint(farger.rutnat());
        }
        yta.getRenderer().setDefaultItemLabelPaint(farger.text());
    }

    /** The image's pixels for SWT; shared with the funnel plot. */
    static ImageData swt(BufferedImage bild) {
        int bredd = bild.getWidth();
        ImageData data = new ImageData(bredd, bild.getHeight(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] rad = new int[bredd];
        for (int y = 0; y < bild.getHeight(); y++) {
            bild.getRGB(0, y, bredd, 1, rad, 0, bredd);
            for (int x = 0; x < bredd; x++) {
                rad[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, bredd, rad, 0);
        }
        return data;
    }

    /** Bars in the theme's blue, uncertain ones in amber. */
    private static final class Staplar extends BarRenderer {

        private static final long serialVersionUID = 1L;

        private final transient Diagramdata data;

        Staplar(Diagramdata data) {
            this.data = data;
        }

        @Override
        public Paint getItemPaint(int rad, int kolumn) {
            return data.staplar().get(kolumn).osaker() ? OSAKER : STAPEL;
        }

        /** Each bar's value with its n, as the tables show it (a count is its own n). */
        private record Etiketter(Diagramdata data) implements CategoryItemLabelGenerator {

            @Override
            public String generateRowLabel(CategoryDataset varden, int rad) {
                return ""; //$NON-NLS-1$
            }

            @Override
            public String generateColumnLabel(CategoryDataset varden, int kolumn) {
                return data.staplar().get(kolumn).etikett();
            }

            @Override
            public String generateLabel(CategoryDataset varden, int rad, int kolumn) {
                Diagramdata.Stapel s = data.staplar().get(kolumn);
                return switch (data.skala()) {
                    case ANDEL -> NLS.bind(Messages.diagramEtikett, Siffror.procent(s.varde()), s.n());
                    case NKI -> NLS.bind(Messages.diagramEtikett, Siffror.tal(s.varde(), 2), s.n());
                    case DAGAR -> NLS.bind(Messages.diagramEtikett, Siffror.tal(s.varde(), 0), s.n());
                    // a count is its own n
                    case ANTAL -> Siffror.tal(s.varde(), 0);
                };
            }
        }
    }
}
