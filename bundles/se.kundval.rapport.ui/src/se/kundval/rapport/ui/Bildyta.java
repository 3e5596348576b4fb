package se.kundval.rapport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import se.kundval.export.Diagramfarger;

/**
 * A canvas that shows an image drawn for its own size, what the charts of the report have in common:
 * the image is drawn at the first paint, kept while the size and the content stay, and forgotten when
 * either changes, and drawn in the colours of the part around it, so that the dark theme reaches it
 * (a theme switched since the last drawing draws it again). What a pointer hits in it is the chart's
 * own business.
 */
final class Bildyta {

    /** Draws the content at the given size in the given colours; null when there is nothing to draw. */
    interface Ritare {
        ImageData rita(int bredd, int hojd, Diagramfarger farger);
    }

    /** Smaller than this a chart says nothing; it is left empty. */
    private static final int MINSTA = 20;

    private final Canvas duk;
    private final Ritare ritare;
    private Image bild;
    /** The colours the image was drawn in: a theme switched since draws it again. */
    private Diagramfarger ritadI;

    Bildyta(Composite parent, String nyckel, Ritare ritare) {
        this.ritare = ritare;
        duk = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        duk.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        duk.addListener(SWT.Paint, this::mala);
        duk.addListener(SWT.Resize, e -> glom());
        duk.addListener(SWT.Dispose, e -> glom());
    }

    Canvas kontroll() {
        return duk;
    }

    /** True while the image on screen is the one last drawn, so what its drawing found still holds. */
    boolean ritad() {
        return bild != null;
    }

    /** The content changed: draw it again. */
    void ritaOm() {
        glom();
        duk.redraw();
    }

    /** The hand cursor where a click does something. */
    void hand(boolean visas) {
        duk.setCursor(visas ? duk.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
    }

    private void mala(Event e) {
        Rectangle yta = duk.getClientArea();
        if (yta.width < MINSTA || yta.height < MINSTA) {
            return;
        }
        Diagramfarger farger = farger();
        if (bild != null && !farger.equals(ritadI)) {
            glom();
        }
        if (bild == null) {
            ImageData ritad = ritare.rita(yta.width, yta.height, farger);
            if (ritad == null) {
                return;
            }
            bild = new Image(duk.getDisplay(), ritad);
            ritadI = farger;
        }
        e.gc.drawImage(bild, 0, 0);
    }

    /** The colours of the part around the chart, which the CSS theme sets: the chart is drawn on the same. */
    private Diagramfarger farger() {
        RGB bakgrund = duk.getParent().getBackground().getRGB();
        RGB text = duk.getParent().getForeground().getRGB();
        return Diagramfarger.av(rgb(bakgrund), rgb(text));
    }

    private static int rgb(RGB farg) {
        return farg.red << 16 | farg.green << 8 | farg.blue;
    }

    private void glom() {
        if (bild != null) {
            bild.dispose();
            bild = null;
        }
    }
}
