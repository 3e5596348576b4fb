package se.kundval.arendelista.ui;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.cell.AlternatingRowConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

import se.kundval.core.tjanst.Arenderad;

/**
 * How Mina kunder looks: overdue rows in red bold, numbers and dates right-aligned, whole-row
 * selection, and the colours of the light or dark theme (NatTable paints its cells itself, so the
 * CSS theme does not reach them).
 */
final class Tabellstil {

    /** Config label of a row whose next deadline has passed. */
    static final String FORSENAD = "FORSENAD"; //$NON-NLS-1$
    /** Config label of the number and date columns. */
    static final String MATT = "MATT"; //$NON-NLS-1$

    private Tabellstil() {
    }

    /** The colours of a theme: body, header and text, overdue text, selection. */
    private record Palett(Color bakgrund, Color text, Color rubrik, Color rubriktext, Color forsenad, Color markerad, Color linje) {
    }

    private static final Palett LJUS = new Palett(GUIHelper.getColor(255, 255, 255), GUIHelper.getColor(31, 41, 55),
            GUIHelper.getColor(238, 241, 245), GUIHelper.getColor(51, 65, 85), GUIHelper.getColor(180, 35, 24),
            GUIHelper.getColor(214, 228, 245), GUIHelper.getColor(200, 208, 218));
    private static final Palett MORK = new Palett(GUIHelper.getColor(30, 36, 44), GUIHelper.getColor(214, 220, 228),
            GUIHelper.getColor(22, 27, 34), GUIHelper.getColor(174, 184, 196), GUIHelper.getColor(255, 138, 128),
            GUIHelper.getColor(43, 69, 104), GUIHelper.getColor(58, 68, 82));

    /** The body's background, also what the table shows below its last row. */
    static Color bakgrund(boolean mork) {
        return (mork ? MORK : LJUS).bakgrund();
    }

    /** Registers the theme's colours; the table is repainted by the caller. */
    static void farger(IConfigRegistry register, boolean mork) {
        Palett p = mork ? MORK : LJUS;
        Style kropp = new Style();
        kropp.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, p.bakgrund());
        kropp.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, p.text());
        kropp.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, kropp, DisplayMode.NORMAL, GridRegion.BODY);
        // the grid's default configuration stripes the rows in light colours under labels that come before
        // BODY: without these the dark theme kept light rows under its pale text
        for (String rad : new String[] {AlternatingRowConfigLabelAccumulator.EVEN_ROW_CONFIG_TYPE,
                AlternatingRowConfigLabelAccumulator.ODD_ROW_CONFIG_TYPE}) {
            Style rand = new Style();
            rand.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, p.bakgrund());
            rand.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, p.text());
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rand, DisplayMode.NORMAL, rad);
        }
        register.registerConfigAttribute(CellConfigAttributes.GRID_LINE_COLOR, p.linje());
        Style rubrik = new Style();
        rubrik.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, p.rubrik());
        rubrik.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, p.rubriktext());
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER, GridRegion.FILTER_ROW}) {
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rubrik, DisplayMode.NORMAL, region);
        }
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER}) {
            register.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, se.kundval.ui.Tabelltema.rubrikmalare(mork), DisplayMode.NORMAL,
                    region);
        }
        FontData standard = GUIHelper.DEFAULT_FONT.getFontData()[0];
        Font fet = GUIHelper.getFont(new FontData(standard.getName(), standard.getHeight(), SWT.BOLD));
        Style forsenad = new Style();
        forsenad.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, p.forsenad());
        forsenad.setAttributeValue(CellStyleAttributes.FONT, fet);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, forsenad, DisplayMode.NORMAL, FORSENAD);
        Style forsenadVald = new Style(forsenad);
        forsenadVald.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, p.markerad());
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, forsenadVald, DisplayMode.SELECT, FORSENAD);
        Style vald = new Style();
        vald.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, p.markerad());
        vald.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, p.text());
        vald.setAttributeValue(CellStyleAttributes.FONT, GUIHelper.DEFAULT_FONT);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, vald, DisplayMode.SELECT);
        se.kundval.ui.Tabelltema.registreraVal(register, mork);
    }

    /** The light colours and the labels' styles, at configuration time. */
    static final class Markeringar extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry register) {
            farger(register, false);
            Style hoger = new Style();
            hoger.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, hoger, DisplayMode.NORMAL, MATT);
        }
    }

    /** Marks overdue rows and right-aligns numbers and dates, by config label. */
    record Radmarkering(Arendelista lista) implements IConfigLabelAccumulator {
        @Override
        public void accumulateConfigLabels(LabelStack etiketter, int kolumn, int rad) {
            Arenderad arende = lista.getRowObject(rad);
            if (arende != null && Arendekolumn.forsenad(arende)) {
                etiketter.add(Tabellstil.FORSENAD);
            }
            if (Arendekolumn.vid(kolumn).arMatt()) {
                etiketter.add(Tabellstil.MATT);
            }
        }
    }
}
