package se.kundval.rapport.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import se.kundval.export.Diagramfarger;

/**
 * One chart on screen: drawn again at the canvas's size when it changes, and a click on a bar names
 * the figure behind it (the hand cursor shows which bars have one).
 */
final class Diagramyta {

    private final Bildyta yta;
    private Diagramdata data;
    private Diagramritare.Ritning ritning;

    Diagramyta(Composite parent, String nyckel, Consumer<Diagramdata.Stapel> klick) {
        yta = new Bildyta(parent, nyckel, this::rita);
        Canvas duk = yta.kontroll();
        duk.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                stapel(e.x, e.y).filter(s -> s.figur() != null).ifPresent(klick);
            }
        });
        duk.addListener(SWT.MouseMove, e -> yta.hand(stapel(e.x, e.y).filter(s -> s.figur() != null).isPresent()));
    }

    Canvas kontroll() {
        return yta.kontroll();
    }

    void visa(Diagramdata nytt) {
        data = nytt;
        yta.ritaOm();
    }

    Diagramdata data() {
        return data;
    }

    /** Where a click hits the bar, once the chart is drawn; for tests. */
    Optional<Point> mitt(int stapel) {
        return yta.ritad() ? ritning.mitt(stapel) : Optional.empty();
    }

    private Optional<Diagramdata.Stapel> stapel(int x, int y) {
        return yta.ritad() ? ritning.stapelVid(x, y) : Optional.empty();
    }

    private ImageData rita(int bredd, int hojd, Diagramfarger farger) {
        if (data == null) {
            return null;
        }
        ritning = Diagramritare.rita(data, bredd, hojd, farger);
        return ritning.bild();
    }
}
