package se.kundval.ui;

import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * How every NatTable of the workbench looks before its own colours: the standard cells with the
 * text aligned as the table's content reads best, and whole-row selection without NatTable's bold
 * font and grey, in the theme's blue.
 */
public final class Tabellstil {

    private Tabellstil() {
    }

    /** Whether a background is the dark theme's: text on it needs the light variant of a colour (perceived brightness). */
    public static boolean mork(RGB bakgrund) {
        return (bakgrund.red * 299 + bakgrund.green * 587 + bakgrund.blue * 114) / 1000 < 128;
    }

    /**
     * The standard cell style, texts aligned left (lists) or right (tables of numbers), painted by
     * {@link Textmalare}.
     */
    public static DefaultNatTableStyleConfiguration grund(HorizontalAlignmentEnum justering) {
        DefaultNatTableStyleConfiguration stil = new DefaultNatTableStyleConfiguration();
        stil.hAlign = justering;
        stil.cellPainter = new LineBorderDecorator(new Textmalare());
        return stil;
    }

    /** Whole-row selection in the same font as the other rows. */
    public static final class Radval extends DefaultRowSelectionLayerConfiguration {
        @Override
        protected void addSelectionStyleConfig() {
            DefaultSelectionStyleConfiguration stil = new DefaultSelectionStyleConfiguration();
            Color text = GUIHelper.getColor(31, 41, 55);
            stil.selectionFont = GUIHelper.DEFAULT_FONT;
            stil.selectionBgColor = GUIHelper.getColor(214, 228, 245);
            stil.selectionFgColor = text;
            stil.anchorBgColor = GUIHelper.getColor(214, 228, 245);
            stil.anchorFgColor = text;
            stil.anchorBorderStyle = new BorderStyle(1, GUIHelper.getColor(47, 109, 181), LineStyleEnum.SOLID);
            stil.selectedHeaderBgColor = GUIHelper.getColor(190, 211, 238);
            stil.selectedHeaderFgColor = text;
            stil.selectedHeaderFont = GUIHelper.DEFAULT_FONT;
            addConfiguration(stil);
        }
    }
}
