package se.kundval.rapport.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import se.kundval.export.Diagramfarger;
import se.kundval.export.Trattdiagram;
import se.kundval.export.Trattritare;

/**
 * The funnel plot on screen, drawn by the same {@link Trattritare} as the PDF and the XLSX into an
 * image at the canvas's size. Hovering or clicking a point names the anordnare behind it.
 */
final class Trattyta {

    static {
        // only drawn into images: AWT must not open a display connection of its own beside SWT's
        if (System.getProperty("java.awt.headless") == null) { //$NON-NLS-1$
            System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final Bildyta yta;
    private Trattdiagram diagram;
    private List<Shape> punkter = List.of();

    /** @param valj told the index of the point hovered or clicked */
    Trattyta(Composite parent, String nyckel, IntConsumer valj) {
        yta = new Bildyta(parent, nyckel, this::rita);
        Canvas duk = yta.kontroll();
        duk.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                punkt(e.x, e.y).ifPresent(valj);
            }
        });
        duk.addListener(SWT.MouseMove, e -> {
            OptionalInt punkt = punkt(e.x, e.y);
            yta.hand(punkt.isPresent());
            punkt.ifPresent(valj);
        });
    }

    Canvas kontroll() {
        return yta.kontroll();
    }

    void visa(Trattdiagram nytt) {
        diagram = nytt;
        yta.ritaOm();
    }

    Trattdiagram diagram() {
        return diagram;
    }

    /** The middle of point i once drawn, where a pointer hits it; for tests. */
    Optional<Point> mitt(int i) {
        if (!yta.ritad() || i >= punkter.size() || punkter.get(i).getBounds2D().isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D punkt = punkter.get(i).getBounds2D();
        return Optional.of(new Point((int) punkt.getCenterX(), (int) punkt.getCenterY()));
    }

    private OptionalInt punkt(int x, int y) {
        if (!yta.ritad()) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < punkter.size(); i++) {
            if (punkter.get(i).contains(x, y)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private ImageData rita(int bredd, int hojd, Diagramfarger farger) {
        if (diagram == null) {
            return null;
        }
        BufferedImage ritad = new BufferedImage(bredd, hojd, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ritad.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            punkter = Trattritare.rita(diagram, g, new Rectangle2D.Double(0, 0, bredd, hojd), farger);
        } finally {
            g.dispose();
        }
        return Diagramritare.swt(ritad);
    }
}
