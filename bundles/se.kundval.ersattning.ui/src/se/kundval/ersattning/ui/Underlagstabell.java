package se.kundval.ersattning.ui;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tree.TreeLayer;
import org.eclipse.nebula.widgets.nattable.tree.TreeRowModel;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;

import se.kundval.ui.Tabellstil;
import se.kundval.ui.Tabelltema;
import se.kundval.core.ersattning.Radstatus;

/**
 * The NatTable of the Ersättning part: a tree of anordnare (with their subtotals) over their lines,
 * collapsible per anordnare, and the total as the last row. Config labels style the kinds of row
 * and mark the lines that wait for an avslutsbedömning; amounts are BigDecimal in the data and
 * Swedish text only on screen.
 */
final class Underlagstabell {

    static final String ANORDNARE = "ANORDNARE"; //$NON-NLS-1$
    static final String SUMMA = "SUMMA"; //$NON-NLS-1$
    static final String VANTAR = "VANTAR"; //$NON-NLS-1$
    static final String BELOPP = "BELOPP"; //$NON-NLS-1$

    private final Underlagstrad trad;
    private final TreeLayer tradlager;
    private final SelectionLayer markering;
    private final NatTable natTable;

    Underlagstabell(Composite parent, Underlagstrad trad) {
        this.trad = trad;
        DataLayer data = new DataLayer(trad);
        data.setColumnPercentageSizing(true);
        for (Underlagskolumn k : Underlagskolumn.values()) {
            data.setColumnWidthPercentageByPosition(k.ordinal(), k.breddProcent());
        }
        data.setConfigLabelAccumulator((etiketter, kolumn, rad) -> {
            if (Underlagskolumn.vid(kolumn).belopp()) {
                etiketter.add(BELOPP);
            }
            switch (trad.getRowObject(rad)) {
                case Underlagsrad.Anordnare a -> etiketter.add(ANORDNARE);
                case Underlagsrad.Summa s -> etiketter.add(SUMMA);
                case Underlagsrad.Post p -> {
                    if (p.rad().status() == Radstatus.VANTAR_PA_BEDOMNING) {
                        etiketter.add(VANTAR);
                    }
                }
            }
        });
        tradlager = new TreeLayer(data, new TreeRowModel<>(trad));
        markering = new SelectionLayer(tradlager, false);
        markering.addConfiguration(new DefaultRowSelectionLayerConfiguration());
        ViewportLayer vy = new ViewportLayer(markering);
        ColumnHeaderLayer rubriker = new ColumnHeaderLayer(
                new DefaultColumnHeaderDataLayer(new DefaultColumnHeaderDataProvider(Underlagskolumn.rubriker())), vy, markering);
        CompositeLayer lager = new CompositeLayer(1, 2);
        lager.setChildLayer(GridRegion.COLUMN_HEADER, rubriker, 0, 0);
        lager.setChildLayer(GridRegion.BODY, vy, 0, 1);

        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, lager, false);
        natTable.setConfigRegistry(new ConfigRegistry());
        natTable.addConfiguration(Tabellstil.grund(HorizontalAlignmentEnum.LEFT));
        natTable.addConfiguration(new Radstilar());
        natTable.configure();
        Tabelltema.folj(natTable);
    }

    NatTable natTable() {
        return natTable;
    }

    /** Shows new rows with every anordnare expanded; the old selection and collapsed rows mean nothing now. */
    void visa(List<Underlagsrad> rader) {
        markering.clear();
        trad.visa(rader);
        tradlager.expandAll();
        natTable.refresh();
    }

    /** Row styles: anordnare and total in bold on tinted ground, waiting lines in amber italics. */
    private static final class Radstilar extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry register) {
            register.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DisplayConverter() {
                @Override
                public Object canonicalToDisplayValue(Object varde) {
                    return varde instanceof BigDecimal b ? Texter.belopp(b) : ""; //$NON-NLS-1$
                }

                @Override
                public Object displayToCanonicalValue(Object varde) {
                    throw new UnsupportedOperationException("amounts are not edited here"); //$NON-NLS-1$
                }
            }, DisplayMode.NORMAL, BELOPP);
            Style hoger = new Style();
            hoger.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, hoger, DisplayMode.NORMAL, BELOPP);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, hoger, DisplayMode.SELECT, BELOPP);

            Font fet = font(SWT.BOLD);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, stil(fet, 238, 242, 247, 31, 58, 95),
                    DisplayMode.NORMAL, ANORDNARE);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, stil(fet, 214, 226, 240, 31, 58, 95),
                    DisplayMode.NORMAL, SUMMA);
            register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, stil(font(SWT.ITALIC), 255, 246, 224, 138, 90, 0),
                    DisplayMode.NORMAL, VANTAR);
        }

        private static Style stil(Font font, int r, int g, int b, int tr, int tg, int tb) {
            Style stil = new Style();
            stil.setAttributeValue(CellStyleAttributes.FONT, font);
            stil.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(r, g, b));
            stil.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(tr, tg, tb));
            return stil;
        }

        private static Font font(int stil) {
            FontData standard = GUIHelper.DEFAULT_FONT.getFontData()[0];
            return GUIHelper.getFont(new FontData(standard.getName(), standard.getHeight(), stil));
        }
    }
}
