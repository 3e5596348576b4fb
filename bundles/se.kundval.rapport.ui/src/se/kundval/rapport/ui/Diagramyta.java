package se.kundval.rapport.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * One chart on screen: drawn again at the canvas's size when it changes, and a click on a bar names
 * the figure behind it (the hand cursor shows which bars have one).
 */
final class Diagramyta {

    private final Canvas duk;
    private final Consumer<Diagramdata.Stapel> klick;
    private Diagramdata data;
    private Diagramritare.Ritning ritning;
    private Image bild;

    Diagramyta(Composite parent, String nyckel, Consumer<Diagramdata.Stapel> klick) {
        this.klick = klick;
        duk = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        duk.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        duk.addListener(SWT.Paint, this::mala);
        duk.addListener(SWT.Resize, e -> glom());
        duk.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                stapel(e.x, e.y).filter(s -> s.figur() != null).ifPresent(this.klick);
            }
        });
        duk.addListener(SWT.MouseMove, e -> duk.setCursor(stapel(e.x, e.y).filter(s -> s.figur() != null).isPresent()
                ? duk.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null));
        duk.addListener(SWT.Dispose, e -> glom());
    }

    Canvas kontroll() {
        return duk;
    }

    void visa(Diagramdata nytt) {
        data = nytt;
        glom();
        duk.redraw();
    }

    Diagramdata data() {
        return data;
    }

    /** Where a click hits the bar, once the chart is drawn; for tests. */
    Optional<Point> mitt(int stapel) {
        return ritning == null ? Optional.empty() : ritning.mitt(stapel);
    }

    private Optional<Diagramdata.Stapel> stapel(int x, int y) {
        return ritning == null ? Optional.empty() : ritning.stapelVid(x, y);
    }

    private void mala(Event e) {
        Rectangle yta = duk.getClientArea();
        if (data == null || yta.width < 20 || yta.height < 20) {
            return;
        }
        if (bild == null) {
            ritning = Diagramritare.rita(data, yta.width, yta.height);
            bild = new Image(duk.getDisplay(), ritning.bild());
        }
        e.gc.drawImage(bild, 0, 0);
    }

    /** Forgets the drawn image: the size or the data changed. */
    private void glom() {
        if (bild != null) {
            bild.dispose();
            bild = null;
        }
        ritning = null;
    }
}
