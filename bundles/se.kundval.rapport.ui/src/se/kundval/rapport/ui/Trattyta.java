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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

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

    private final Canvas duk;
    private Trattdiagram diagram;
    private List<Shape> punkter = List.of();
    private Image bild;

    /** @param valj told the index of the point hovered or clicked */
    Trattyta(Composite parent, String nyckel, IntConsumer valj) {
        duk = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        duk.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        duk.addListener(SWT.Paint, this::mala);
        duk.addListener(SWT.Resize, e -> glom());
        duk.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                punkt(e.x, e.y).ifPresent(valj);
            }
        });
        duk.addListener(SWT.MouseMove, e -> {
            OptionalInt punkt = punkt(e.x, e.y);
            duk.setCursor(punkt.isPresent() ? duk.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
            punkt.ifPresent(valj);
        });
        duk.addListener(SWT.Dispose, e -> glom());
    }

    Canvas kontroll() {
        return duk;
    }

    void visa(Trattdiagram nytt) {
        diagram = nytt;
        glom();
        duk.redraw();
    }

    Trattdiagram diagram() {
        return diagram;
    }

    /** The middle of point i once drawn, where a pointer hits it; for tests. */
    Optional<Point> mitt(int i) {
        if (bild == null || i >= punkter.size() || punkter.get(i).getBounds2D().isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D yta = punkter.get(i).getBounds2D();
        return Optional.of(new Point((int) yta.getCenterX(), (int) yta.getCenterY()));
    }

    private OptionalInt punkt(int x, int y) {
        for (int i = 0; i < punkter.size(); i++) {
            if (punkter.get(i).contains(x, y)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private void mala(Event e) {
        Rectangle yta = duk.getClientArea();
        if (diagram == null || yta.width < 20 || yta.height < 20) {
            return;
        }
        if (bild == null) {
            BufferedImage ritad = new BufferedImage(yta.width, yta.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = ritad.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                punkter = Trattritare.rita(diagram, g, new Rectangle2D.Double(0, 0, yta.width, yta.height));
            } finally {
                g.dispose();
            }
            bild = new Image(duk.getDisplay(), Diagramritare.swt(ritad));
        }
        e.gc.drawImage(bild, 0, 0);
    }

    /** Forgets the drawn image: the size or the data changed. */
    private void glom() {
        if (bild != null) {
            bild.dispose();
            bild = null;
        }
        punkter = List.of();
    }
}
