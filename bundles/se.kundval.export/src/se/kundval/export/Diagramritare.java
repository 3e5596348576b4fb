package se.kundval.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/** Draws a {@link Stapeldiagram} with JFreeChart as vector graphics into the PDF. */
final class Diagramritare {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final float HOJD_PER_STAPEL = 16;
    private static final Color STAPELFARG = new Color(0x2F, 0x5D, 0x8A);

    private Diagramritare() {
    }

    /** The chart as an image as wide as the page and as high as its bars need, at most {@code maxHojd}. */
    static Image bild(Stapeldiagram diagram, PdfContentByte innehall, float bredd, float maxHojd) throws BadElementException {
        float hojd = Math.min(maxHojd, Math.max(160, 60 + HOJD_PER_STAPEL * diagram.staplar().size()));
        PdfTemplate mall = innehall.createTemplate(bredd, hojd);
        // text as shapes: the chart's fonts then need no mapping to PDF fonts
        Graphics2D g = mall.createGraphicsShapes(bredd, hojd);
        try {
            diagram(diagram).draw(g, new Rectangle2D.Double(0, 0, bredd, hojd));
        } finally {
            g.dispose();
        }
        return Image.getInstance(mall);
    }

    private static JFreeChart diagram(Stapeldiagram diagram) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, BigDecimal> stapel : diagram.staplar().entrySet()) {
            data.addValue(stapel.getValue(), "", stapel.getKey()); //$NON-NLS-1$
        }
        JFreeChart diagrammet = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        diagrammet.setBackgroundPaint(Color.WHITE);
        CategoryPlot yta = diagrammet.getCategoryPlot();
        yta.setBackgroundPaint(Color.WHITE);
        yta.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // long names (insatstyper, anordnare) wrap instead of ending in "…"
        yta.getDomainAxis().setMaximumCategoryLabelLines(2);
        yta.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        BarRenderer staplar = (BarRenderer) yta.getRenderer();
        staplar.setBarPainter(new StandardBarPainter());
        staplar.setShadowVisible(false);
        staplar.setSeriesPaint(0, STAPELFARG);
        NumberAxis axel = (NumberAxis) yta.getRangeAxis();
        if (diagram.typ() == Kolumntyp.ANDEL) {
            axel.setRange(0, 1);
            axel.setNumberFormatOverride(NumberFormat.getPercentInstance(SVENSKA));
        } else {
            axel.setNumberFormatOverride(NumberFormat.getNumberInstance(SVENSKA));
        }
        if (diagram.mallinje() != null) {
            ValueMarker mal = new ValueMarker(diagram.mallinje().doubleValue(), Color.RED, new BasicStroke(1.5f));
            yta.addRangeMarker(mal);
        }
        return diagrammet;
    }
}
