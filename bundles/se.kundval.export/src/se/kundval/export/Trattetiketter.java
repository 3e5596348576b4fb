package se.kundval.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Names every point of the funnel plot so that each name can be read: no name over another name or
 * over a point, none outside the plot. A name goes beside its point when there is room, otherwise
 * further out on a short line back to it, trying the directions in turn on widening rings; the
 * points outside the inner limit are placed first, since the plot is read for them
 * (docs/decisions/0335-trattens-namn.md). JFreeChart's item labels cannot do this: they are drawn at
 * a fixed offset and the many anordnare near 1 wrote over each other.
 */
final class Trattetiketter {

    static final Font TYPSNITT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Distances from the point's centre, in pixels (points): the first is "beside". */
    private static final int[] RINGAR = {8, 20, 34, 50, 68, 90, 115, 145, 180};
    /** Directions in degrees, counter-clockwise from the right: right and left first, where text reads best. */
    private static final int[] RIKTNINGAR = {0, 180, 30, -30, 150, -150, 60, -60, 120, -120, 90, -90};
    private static final double PUNKTRADIE = 5;
    private static final double LUFT = 1.5;

    private Trattetiketter() {
    }

    /**
     * Where each name goes.
     *
     * @param bredder  each name's width; {@code hojd} the height of a line
     * @param punkter  each point's centre, in the same order
     * @param forst    true for the points to place first
     * @param yta      the plot's data area, which every name stays inside
     * @return each name's rectangle, in the order of {@code punkter}
     */
    static List<Rectangle2D> placera(List<Double> bredder, double hojd, List<Point2D> punkter, List<Boolean> forst, Rectangle2D yta) {
        List<Rectangle2D> upptaget = new ArrayList<>();
        for (Point2D p : punkter) {
            upptaget.add(new Rectangle2D.Double(p.getX() - PUNKTRADIE, p.getY() - PUNKTRADIE, 2 * PUNKTRADIE, 2 * PUNKTRADIE));
        }
        Rectangle2D[] placerade = new Rectangle2D[punkter.size()];
        List<Integer> ordning = IntStream.range(0, punkter.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> !forst.get(i)).thenComparing(i -> punkter.get(i).getX())).toList();
        for (int i : ordning) {
            placerade[i] = forsta(bredder.get(i), hojd, punkter.get(i), yta, upptaget);
            upptaget.add(placerade[i]);
        }
        return List.of(placerade);
    }

    /** The first free place on the rings, or beside the point when the plot has none left. */
    private static Rectangle2D forsta(double bredd, double hojd, Point2D punkt, Rectangle2D yta, List<Rectangle2D> upptaget) {
        for (int ring : RINGAR) {
            for (int riktning : RIKTNINGAR) {
                Rectangle2D r = vid(bredd, hojd, punkt, ring, Math.toRadians(riktning));
                if (yta.contains(r) && upptaget.stream().noneMatch(u -> u.intersects(r.getX() - LUFT, r.getY() - LUFT,
                        r.getWidth() + 2 * LUFT, r.getHeight() + 2 * LUFT))) {
                    return r;
                }
            }
        }
        Rectangle2D hoger = vid(bredd, hojd, punkt, RINGAR[0], 0);
        return hoger.getMaxX() <= yta.getMaxX() ? hoger : vid(bredd, hojd, punkt, RINGAR[0], Math.PI);
    }

    /** The name's rectangle at the distance and direction, on the side of that point facing away from it. */
    private static Rectangle2D vid(double bredd, double hojd, Point2D punkt, double avstand, double vinkel) {
        double x = punkt.getX() + avstand * Math.cos(vinkel);
        double y = punkt.getY() - avstand * Math.sin(vinkel);
        double cos = Math.cos(vinkel);
        double sin = Math.sin(vinkel);
        double vanster = cos > 0.2 ? x : cos < -0.2 ? x - bredd : x - bredd / 2;
        double topp = sin > 0.2 ? y - hojd : sin < -0.2 ? y : y - hojd / 2;
        return new Rectangle2D.Double(vanster, topp, bredd, hojd);
    }

    /** Places and draws the names in the chart's text colour, each on a patch of its paper, over the drawn chart. */
    static void rita(Graphics2D g, List<String> namn, List<Point2D> punkter, List<Boolean> forst, Rectangle2D yta,
            Diagramfarger farger) {
        g.setFont(TYPSNITT);
        FontMetrics matt = g.getFontMetrics();
        List<Double> bredder = namn.stream().map(n -> (double) matt.stringWidth(n)).toList();
        List<Rectangle2D> platser = placera(bredder, matt.getAscent() + matt.getDescent(), punkter, forst, yta);
        Color papper = new Color(farger.bakgrund().getRed(), farger.bakgrund().getGreen(), farger.bakgrund().getBlue(), 210);
        Color linje = new Color(farger.text().getRed(), farger.text().getGreen(), farger.text().getBlue(), 150);
        for (int i = 0; i < namn.size(); i++) {
            Rectangle2D r = platser.get(i);
            Point2D p = punkter.get(i);
            if (p.distance(narmast(r, p)) > RINGAR[1] - PUNKTRADIE) {
                g.setPaint(linje);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(new Line2D.Double(p, narmast(r, p)));
            }
            g.setPaint(papper);
            g.fill(r);
            g.setPaint(farger.text());
            g.drawString(namn.get(i), (float) r.getX(), (float) (r.getY() + matt.getAscent()));
        }
    }

    /** The point of the rectangle nearest to p, where the line to the name ends. */
    private static Point2D narmast(Rectangle2D r, Point2D p) {
        return new Point2D.Double(Math.max(r.getMinX(), Math.min(p.getX(), r.getMaxX())),
                Math.max(r.getMinY(), Math.min(p.getY(), r.getMaxY())));
    }
}
