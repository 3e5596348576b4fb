package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 10: the funnel plot names every anordnare readably, also the many close to 1 that used to
 * write over each other: every name inside the plot, none over another name or over a point.
 */
class TrattetiketterTest {

    private static final Rectangle2D YTA = new Rectangle2D.Double(60, 20, 700, 380);

    @Test
    void trettioTataPunkterFarVarsittLasbaraNamn() {
        List<Point2D> punkter = new ArrayList<>();
        List<Double> bredder = new ArrayList<>();
        List<Boolean> forst = new ArrayList<>();
        // a crowd around ratio 1 in the middle of the plot, and two outliers at the edges
        for (int i = 0; i < 30; i++) {
            punkter.add(new Point2D.Double(300 + (i % 6) * 14, 200 + (i / 6) * 9));
            bredder.add(70.0 + (i % 4) * 25);
            forst.add(false);
        }
        punkter.add(new Point2D.Double(750, 30));
        bredder.add(120.0);
        forst.add(true);
        punkter.add(new Point2D.Double(65, 395));
        bredder.add(120.0);
        forst.add(true);

        List<Rectangle2D> namn = Trattetiketter.placera(bredder, 14, punkter, forst, YTA);

        assertEquals(punkter.size(), namn.size());
        for (int i = 0; i < namn.size(); i++) {
            Rectangle2D r = namn.get(i);
            assertTrue(YTA.contains(r), i + " inside the plot: " + r);
            assertEquals(bredder.get(i), r.getWidth(), 1e-9);
            for (int j = 0; j < namn.size(); j++) {
                if (j != i) {
                    assertFalse(r.intersects(namn.get(j)), i + " over " + j + ": " + r + " / " + namn.get(j));
                }
                Point2D p = punkter.get(j);
                assertFalse(r.intersects(p.getX() - 5, p.getY() - 5, 10, 10), "name " + i + " over point " + j);
            }
        }
        // an outlier's name stays beside it: it is what the plot is read for
        assertTrue(punkter.get(30).distance(namn.get(30).getMaxX(), namn.get(30).getMinY()) < 40, namn.get(30)::toString);
    }

    @Test
    void ettEnsamtNamnStarBredvidSinPunkt() {
        List<Rectangle2D> namn = Trattetiketter.placera(List.of(80.0), 14, List.of(new Point2D.Double(400, 200)), List.of(false), YTA);
        assertEquals(new Rectangle2D.Double(408, 193, 80, 14), namn.get(0));
        assertEquals(Collections.nCopies(1, true), List.of(YTA.contains(namn.get(0))));
    }
}
