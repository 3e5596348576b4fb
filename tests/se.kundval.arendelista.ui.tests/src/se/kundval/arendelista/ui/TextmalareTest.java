package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.ConfigAttribute;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.TextDecorationEnum;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import se.kundval.ui.Textmalare;

/**
 * The workbench's text painter paints the same pixels as NatTable's own (decision 0451): texts that
 * fit, texts cut with "…", left, right and centred, bold, underlined, padded with spaces, empty, with
 * a tab and on two lines, each table painted twice so the second paint comes from the caches.
 */
class TextmalareTest {

    private static final String[] TEXTER = {"Kort", "Månadsrapporten för 2024-01 ska lämnas senast 2024-02-10", "  med mellanslag  ", "",
        "före\tefter", "två\nrader", "K000454", "-402", "Åsa Öberg-Ekström"};
    private static final int KOLUMNER = 4;
    private static final int BREDD = 120;
    private static final int HOJD = 22;

    @Test
    void sammaPunkterSomNatTablesTextmalare() {
        Display display = Display.getDefault();
        Shell skal = new Shell(display);
        try {
            ImageData natTables = malning(skal, new TextPainter(), 1);
            ImageData egen = malning(skal, new Textmalare(), 2);
            assertEquals(natTables.width, egen.width);
            List<String> olika = new ArrayList<>();
            for (int y = 0; y < natTables.height; y++) {
                for (int x = 0; x < natTables.width; x++) {
                    if (natTables.getPixel(x, y) != egen.getPixel(x, y) && olika.size() < 10) {
                        olika.add("(" + x + ", " + y + ") in the cell of '" + TEXTER[y / HOJD] + "', column " + x / BREDD);
                    }
                }
            }
            assertEquals(List.of(), olika, "pixels that differ from NatTable's painter");
            assertTrue(ritatNagot(egen), "the cells were painted at all");
        } finally {
            skal.dispose();
        }
    }

    /** The table painted {@code ganger} times into an image; the last image. */
    private static ImageData malning(Shell skal, ICellPainter malare, int ganger) {
        NatTable tabell = tabell(skal, malare);
        Rectangle yta = new Rectangle(0, 0, KOLUMNER * BREDD, TEXTER.length * HOJD);
        ImageData data = null;
        for (int i = 0; i < ganger; i++) {
            Image bild = new Image(skal.getDisplay(), yta.width, yta.height);
            GC gc = new GC(bild);
            try {
                tabell.getLayerPainter().paintLayer(tabell, gc, 0, 0, yta, tabell.getConfigRegistry());
            } finally {
                gc.dispose();
            }
            data = bild.getImageData();
            bild.dispose();
        }
        tabell.dispose();
        return data;
    }

    /** Column 0 left, 1 right, 2 centred, 3 underlined; the third row bold. */
    private static NatTable tabell(Shell skal, ICellPainter malare) {
        DataLayer lager = new DataLayer(new IDataProvider() {
            @Override
            public Object getDataValue(int kolumn, int rad) {
                return TEXTER[rad];
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
                return TEXTER.length;
            }
        }, BREDD, HOJD);
        lager.setConfigLabelAccumulator((etiketter, kolumn, rad) -> {
            etiketter.add("K" + kolumn);
            if (rad == 2) {
                etiketter.add("FET");
            }
        });
        NatTable tabell = new NatTable(skal, lager, false);
        tabell.setConfigRegistry(new ConfigRegistry());
        DefaultNatTableStyleConfiguration stil = new DefaultNatTableStyleConfiguration();
        stil.hAlign = HorizontalAlignmentEnum.LEFT;
        stil.cellPainter = new LineBorderDecorator(malare);
        tabell.addConfiguration(stil);
        tabell.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry register) {
                register(register, "K1", CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
                register(register, "K2", CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
                register(register, "K3", CellStyleAttributes.TEXT_DECORATION, TextDecorationEnum.UNDERLINE);
                FontData standard = GUIHelper.DEFAULT_FONT.getFontData()[0];
                register(register, "FET", CellStyleAttributes.FONT,
                        GUIHelper.getFont(new FontData(standard.getName(), standard.getHeight(), SWT.BOLD)));
            }
        });
        tabell.configure();
        tabell.setSize(KOLUMNER * BREDD, TEXTER.length * HOJD);
        return tabell;
    }

    private static <T> void register(IConfigRegistry register, String etikett, ConfigAttribute<T> attribut, T varde) {
        Style stil = new Style();
        stil.setAttributeValue(attribut, varde);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, stil, DisplayMode.NORMAL, etikett);
    }

    /** More than one colour in the image: text and lines, not only the background. */
    private static boolean ritatNagot(ImageData bild) {
        int forsta = bild.getPixel(1, 1);
        for (int y = 0; y < bild.height; y++) {
            for (int x = 0; x < bild.width; x++) {
                if (bild.getPixel(x, y) != forsta) {
                    return true;
                }
            }
        }
        return false;
    }
}
