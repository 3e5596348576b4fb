package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The funnel plot: every point drawn where its values put it, and the limits narrowing with x. */
class TrattritareTest {

    private static final Trattdiagram DIAGRAM = new Trattdiagram("Tratt", "E", "O/E",
            List.of(new Trattdiagram.Punkt("Hög", 40, 1.5), new Trattdiagram.Punkt("Låg", 40, 0.5), new Trattdiagram.Punkt("Liten", 5, 1)),
            0.5, List.of(new Trattdiagram.Grans("95 %", 1.96), new Trattdiagram.Grans("99,8 %", 3.09)));

    @Test
    void varjePunktRitasInnanforYtanOchHogreUpp() {
        BufferedImage bild = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bild.createGraphics();
        List<Shape> ytor;
        try {
            ytor = Trattritare.rita(DIAGRAM, g, new Rectangle2D.Double(0, 0, 800, 500));
        } finally {
            g.dispose();
        }
        assertEquals(3, ytor.size());
        for (Shape yta : ytor) {
            assertTrue(new Rectangle2D.Double(0, 0, 800, 500).contains(yta.getBounds2D()), yta.getBounds2D()::toString);
        }
        // screen y grows downwards: the higher ratio is drawn above the lower one, at the same x
        assertTrue(ytor.get(0).getBounds2D().getCenterY() < ytor.get(1).getBounds2D().getCenterY());
        assertEquals(ytor.get(0).getBounds2D().getCenterX(), ytor.get(1).getBounds2D().getCenterX(), 0.5);
        assertTrue(ytor.get(2).getBounds2D().getCenterX() < ytor.get(0).getBounds2D().getCenterX());
    }

    @Test
    void granserna() {
        Trattdiagram.Grans nittiofem = DIAGRAM.granser().get(0);
        assertEquals(1 + 1.96 * Math.sqrt(0.5 / 40), DIAGRAM.grans(nittiofem, 1, 40), 1e-12);
        assertEquals(1 - 1.96 * Math.sqrt(0.5 / 40), DIAGRAM.grans(nittiofem, -1, 40), 1e-12);
        assertTrue(DIAGRAM.grans(nittiofem, 1, 100) < DIAGRAM.grans(nittiofem, 1, 10), "narrower with more expected");
    }
}
