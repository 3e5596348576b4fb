package se.kundval.beviljande.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import se.kundval.core.typ.Regelutfall.Utfall;

/**
 * The icons of a rule's outcome, drawn once per page rather than shipped as files: a green disc with
 * a tick (godkänd), a red disc with a cross (underkänd), an amber disc with an exclamation mark
 * (varning). Disposed with the page.
 */
final class Utfallsikoner {

    private static final int STORLEK = 16;
    private final Map<Utfall, Image> ikoner = new EnumMap<>(Utfall.class);

    Utfallsikoner(Display display) {
        ikoner.put(Utfall.GODKAND, rita(display, new RGB(0x2E, 0x7D, 0x32), Utfall.GODKAND));
        ikoner.put(Utfall.UNDERKAND, rita(display, new RGB(0xC6, 0x28, 0x28), Utfall.UNDERKAND));
        ikoner.put(Utfall.VARNING, rita(display, new RGB(0xE0, 0x8E, 0x0B), Utfall.VARNING));
    }

    Image av(Utfall utfall) {
        return ikoner.get(utfall);
    }

    void kasta() {
        ikoner.values().forEach(Image::dispose);
    }

    private static Image rita(Display display, RGB farg, Utfall utfall) {
        ImageData genomskinlig = new ImageData(STORLEK, STORLEK, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        genomskinlig.transparentPixel = 0;
        Image bild = new Image(display, genomskinlig);
        GC gc = new GC(bild);
        Color fyll = new Color(display, farg);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(fyll);
            gc.fillOval(0, 0, STORLEK - 1, STORLEK - 1);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setLineWidth(2);
            switch (utfall) {
                case GODKAND -> gc.drawPolyline(new int[] {4, 8, 7, 11, 12, 5});
                case UNDERKAND -> {
                    gc.drawLine(5, 5, 10, 10);
                    gc.drawLine(10, 5, 5, 10);
                }
                case VARNING -> {
                    gc.drawLine(7, 3, 7, 9);
                    gc.drawLine(7, 12, 7, 12);
                }
            }
        } finally {
            fyll.dispose();
            gc.dispose();
        }
        return bild;
    }
}
