package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.painter.layer.ILayerPainter;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayerPainter;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Mina kunder's selection painter paints what NatTable's does, with and without a selection: it only
 * leaves out the search for selected cells when the selection is empty.
 */
class MarkeringsmalareTest {

    private static final int KOLUMNER = 4;
    private static final int RADER = 5;
    private static final int BREDD = 80;
    private static final int HOJD = 20;

    @Test
    void sammaPunkterSomNatTablesMarkeringsmalareMedOchUtanMarkering() {
        Shell skal = new Shell(Display.getDefault());
        try {
            ImageData utan = malning(skal, false, false);
            assertEquals(List.of(), olika(utan, malning(skal, true, false)), "without a selection");
            ImageData med = malning(skal, false, true);
            assertEquals(List.of(), olika(med, malning(skal, true, true)), "with a selected cell");
            assertNotEquals(List.of(), olika(utan, med), "a selected cell is painted differently at all");
        } finally {
            skal.dispose();
        }
    }

    /** A table of 4 × 5 cells painted once into an image; the cell (1, 2) selected when asked. */
    private static ImageData malning(Shell skal, boolean egen, boolean vald) {
        DataLayer data = new DataLayer(new IDataProvider() {
            @Override
            public Object getDataValue(int kolumn, int rad) {
                return "K" + kolumn + "R" + rad;
            }

            @Override
            public void setDataValue(int kolumn, int rad, Object varde) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return KOLUMNER;
            }

            @Override
            public int getRowCount() {
                return RADER;
            }
        }, BREDD, HOJD);
        SelectionLayer markering = new SelectionLayer(data);
        ILayerPainter malare = egen ? new Markeringsmalare(markering) : new SelectionLayerPainter();
        markering.setLayerPainter(malare);
        NatTable tabell = new NatTable(skal, markering, false);
        tabell.setConfigRegistry(new ConfigRegistry());
        tabell.addConfiguration(new DefaultNatTableStyleConfiguration());
        tabell.configure();
        tabell.setSize(KOLUMNER * BREDD, RADER * HOJD);
        if (vald) {
            markering.selectCell(1, 2, false, false);
        }
        Rectangle yta = new Rectangle(0, 0, KOLUMNER * BREDD, RADER * HOJD);
        Image bild = new Image(skal.getDisplay(), yta.width, yta.height);
        GC gc = new GC(bild);
        try {
            tabell.getLayerPainter().paintLayer(tabell, gc, 0, 0, yta, tabell.getConfigRegistry());
            return bild.getImageData();
        } finally {
            gc.dispose();
            bild.dispose();
            tabell.dispose();
        }
    }

    private static List<String> olika(ImageData a, ImageData b) {
        List<String> olika = new ArrayList<>();
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                if (a.getPixel(x, y) != b.getPixel(x, y) && olika.size() < 10) {
                    olika.add("(" + x + ", " + y + ")");
                }
            }
        }
        return olika;
    }
}
