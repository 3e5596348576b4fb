package se.kundval.kund.ui;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Kund;

/**
 * The NatTable of the Kunder part: body (virtual rows, single whole-row selection), column headers
 * that sort on click, a filter row under them, and row numbers. Built once; the layers that the
 * part needs afterwards are kept.
 */
final class Kundtabell {

    /** Wide enough for "100000" in the row header. */
    private static final int RADHUVUD_BREDD = 64;

    private final NatTable natTable;
    private final SelectionLayer markering;
    private final ViewportLayer vy;

    Kundtabell(Composite parent, Kundlista lista) {
        DataLayer kropp = new DataLayer(lista);
        kropp.setColumnPercentageSizing(true);
        for (Listkolumn k : Listkolumn.values()) {
            kropp.setColumnWidthPercentageByPosition(k.ordinal(), k.breddProcent());
        }
        markering = new SelectionLayer(kropp, false);
        markering.addConfiguration(new Radmarkering());
        vy = new ViewportLayer(markering);

        ConfigRegistry konfiguration = new ConfigRegistry();
        IDataProvider rubriker = new DefaultColumnHeaderDataProvider(Listkolumn.rubriker());
        ColumnHeaderLayer kolumnhuvud = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(rubriker), vy, markering);
        SortHeaderLayer<Kund> sorterbart = new SortHeaderLayer<>(kolumnhuvud, new Kundsortering(lista), false);
        FilterRowHeaderComposite<Kund> filterrad = new FilterRowHeaderComposite<>(new Kundfilter(lista), sorterbart, rubriker,
                konfiguration);

        IDataProvider radnummer = new DefaultRowHeaderDataProvider(lista);
        DefaultRowHeaderDataLayer radnummerdata = new DefaultRowHeaderDataLayer(radnummer);
        radnummerdata.setDefaultColumnWidth(RADHUVUD_BREDD);
        RowHeaderLayer radhuvud = new RowHeaderLayer(radnummerdata, vy, markering);
        CornerLayer horn = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(rubriker, radnummer)), radhuvud, filterrad);

        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, new GridLayer(vy, filterrad, radhuvud, horn), false);
        natTable.setConfigRegistry(konfiguration);
        DefaultNatTableStyleConfiguration stil = new DefaultNatTableStyleConfiguration();
        stil.hAlign = HorizontalAlignmentEnum.LEFT;
        natTable.addConfiguration(stil);
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.configure();
    }

    NatTable natTable() {
        return natTable;
    }

    SelectionLayer markering() {
        return markering;
    }

    /** Whole-row selection in the theme's colours, in the same font as the other rows. */
    private static final class Radmarkering extends DefaultRowSelectionLayerConfiguration {

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

    /** Back to the first row and no selection: after a new filter or sort order the old position means nothing. */
    void tillBorjan() {
        markering.clear();
        vy.setOriginY(0);
    }
}
