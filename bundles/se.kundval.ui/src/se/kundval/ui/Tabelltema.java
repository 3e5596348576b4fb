package se.kundval.ui;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.command.VisualRefreshCommand;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.cell.AlternatingRowConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Keeps a NatTable in the light or dark palette of the part around it
 * (docs/decisions/0334-morkt-tema-i-varje-del.md). NatTable paints its cells itself, so the CSS theme
 * does not reach them; the CSS-styled background of the table's parent says which theme is in use. A theme remembered from the last session can reach the
 * part after the table first painted, and the user can switch at any time, so every paint checks that
 * the palette still matches. Only the body, the striped rows, the headers, the selection and the grid
 * lines are set: a table's own labelled rows (a total, an uncertain figure) keep their tint, which
 * reads on both.
 */
public final class Tabelltema {

    /** Body, text, header, header text, selection, grid line, header of the selected row or column. */
    private record Palett(Color bakgrund, Color text, Color rubrik, Color rubriktext, Color markerad, Color linje, Color valdRubrik) {
    }

    private static final Palett LJUS = new Palett(GUIHelper.getColor(255, 255, 255), GUIHelper.getColor(31, 41, 55),
            GUIHelper.getColor(238, 241, 245), GUIHelper.getColor(51, 65, 85), GUIHelper.getColor(214, 228, 245),
            GUIHelper.getColor(200, 208, 218), GUIHelper.getColor(190, 211, 238));
    private static final Palett MORK = new Palett(GUIHelper.getColor(30, 36, 44), GUIHelper.getColor(214, 220, 228),
            GUIHelper.getColor(22, 27, 34), GUIHelper.getColor(174, 184, 196), GUIHelper.getColor(43, 69, 104),
            GUIHelper.getColor(58, 68, 82), GUIHelper.getColor(40, 58, 84));

    private final NatTable natTable;
    /** The palette the table paints in now: null before the first, true for the dark one. */
    private Boolean mork;

    private Tabelltema(NatTable natTable) {
        this.natTable = natTable;
    }

    /** Makes the configured table follow the theme from now on. */
    public static void folj(NatTable natTable) {
        Tabelltema tema = new Tabelltema(natTable);
        natTable.addListener(SWT.Paint, e -> {
            if (tema.mork == null || tema.mork != tema.arMork()) {
                natTable.getDisplay().asyncExec(tema::tillampa);
            }
        });
        natTable.getDisplay().asyncExec(tema::tillampa);
    }

    private boolean arMork() {
        return Tabellstil.mork(natTable.getParent().getBackground().getRGB());
    }

    private void tillampa() {
        if (natTable.isDisposed()) {
            return;
        }
        boolean nu = arMork();
        if (mork != null && mork == nu) {
            return;
        }
        mork = nu;
        Palett p = nu ? MORK : LJUS;
        registrera(natTable.getConfigRegistry(), p);
        natTable.setBackground(p.bakgrund());
        natTable.doCommand(new VisualRefreshCommand());
    }

    /**
     * The header cells' painter: NatTable's default bevels each header with a white edge, which in the
     * dark theme drew a white frame round every column title; there the grid lines alone separate them.
     */
    public static ICellPainter rubrikmalare(boolean mork) {
        return mork ? new Textmalare() : new BeveledBorderDecorator(new Textmalare());
    }

    private static void registrera(IConfigRegistry register, Palett p) {
        Style kropp = farg(p.bakgrund(), p.text());
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, kropp, DisplayMode.NORMAL, GridRegion.BODY);
        // the grid's default configuration stripes the rows in light colours under labels that come before BODY
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, kropp, DisplayMode.NORMAL,
                AlternatingRowConfigLabelAccumulator.EVEN_ROW_CONFIG_TYPE);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, kropp, DisplayMode.NORMAL,
                AlternatingRowConfigLabelAccumulator.ODD_ROW_CONFIG_TYPE);
        register.registerConfigAttribute(CellConfigAttributes.GRID_LINE_COLOR, p.linje());
        Style rubrik = farg(p.rubrik(), p.rubriktext());
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER, GridRegion.FILTER_ROW}) {
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rubrik, DisplayMode.NORMAL, region);
        }
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER}) {
            register.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, rubrikmalare(p == MORK), DisplayMode.NORMAL, region);
        }
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, farg(p.markerad(), p.text()), DisplayMode.SELECT);
        registreraVal(register, p == MORK);
    }

    /**
     * The selection's anchor cell and the headers of the selected rows and columns. NatTable's
     * selection configuration paints them in fixed light colours under their own labels, which come
     * before a table's palette: in the dark theme a selected row left every column title light blue
     * under pale text, and its clicked cell light (docs/decisions/0395-radtoner-efter-tema.md).
     */
    public static void registreraVal(IConfigRegistry register, boolean mork) {
        Palett p = mork ? MORK : LJUS;
        Style ankare = farg(p.markerad(), p.text());
        ankare.setAttributeValue(CellStyleAttributes.FONT, GUIHelper.DEFAULT_FONT);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, ankare, DisplayMode.SELECT,
                SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
        Style rubrik = farg(p.valdRubrik(), p.text());
        rubrik.setAttributeValue(CellStyleAttributes.FONT, GUIHelper.DEFAULT_FONT);
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER,
                SelectionStyleLabels.COLUMN_FULLY_SELECTED_STYLE, SelectionStyleLabels.ROW_FULLY_SELECTED_STYLE}) {
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rubrik, DisplayMode.SELECT, region);
        }
    }

    private static Style farg(Color bakgrund, Color text) {
        Style stil = new Style();
        stil.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, bakgrund);
        stil.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, text);
        return stil;
    }
}
