package se.kundval.kund.ui;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
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
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

import se.kundval.ui.Kolumnsortering;
import se.kundval.ui.Tabellstil;
import se.kundval.ui.Tabelltema;
import se.kundval.model.Kund;

/**
 * The NatTable of the Kunder part: body (virtual rows, single whole-row selection), column headers
 * that sort on click, a filter row under them, and row numbers. Built once; the layers that the
 * part needs afterwards are kept.
 */
final class Kundtabell {

    /** Wide enough for "100000" in the row header. */
    private static final int RADHUVUD_BREDD = 64;
    /** The cell's padding on both sides and, in the heading, the sort arrow beside the text. */
    private static final int CELLMARGINAL = 28;

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
        markering.addConfiguration(new Tabellstil.Radval());
        vy = new ViewportLayer(markering);

        ConfigRegistry konfiguration = new ConfigRegistry();
        IDataProvider rubriker = new DefaultColumnHeaderDataProvider(Listkolumn.rubriker());
        ColumnHeaderLayer kolumnhuvud = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(rubriker), vy, markering);
        SortHeaderLayer<Kund> sorterbart = new SortHeaderLayer<>(kolumnhuvud, new Kolumnsortering(
                (kolumn, fallande) -> lista.sortera(kolumn == null ? null : Listkolumn.vid(kolumn).tjanstekolumn(), fallande), () -> {
                    // the list repaints itself when the service has answered
                }), false);
        FilterRowHeaderComposite<Kund> filterrad = new FilterRowHeaderComposite<>(new Kundfilter(lista), sorterbart, rubriker,
                konfiguration);

        IDataProvider radnummer = new DefaultRowHeaderDataProvider(lista);
        DefaultRowHeaderDataLayer radnummerdata = new DefaultRowHeaderDataLayer(radnummer);
        radnummerdata.setDefaultColumnWidth(RADHUVUD_BREDD);
        RowHeaderLayer radhuvud = new RowHeaderLayer(radnummerdata, vy, markering);
        CornerLayer horn = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(rubriker, radnummer)), radhuvud, filterrad);

        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, new GridLayer(vy, filterrad, radhuvud, horn), false);
        natTable.setConfigRegistry(konfiguration);
        natTable.addConfiguration(Tabellstil.grund(HorizontalAlignmentEnum.LEFT));
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.configure();
        Tabelltema.folj(natTable);
        minstaBredder(kropp);
    }

    /**
     * Percentages alone gave Utbildning 16 % of a part of 800 points, which cut "Grundskola 4–9 år":
     * a column is never narrower than its heading and its closed set of values, and a part too narrow
     * for them scrolls sideways instead.
     */
    private void minstaBredder(DataLayer kropp) {
        GC gc = new GC(natTable);
        try {
            for (Listkolumn k : Listkolumn.values()) {
                int bredd = k.helaTexter().stream().mapToInt(t -> gc.textExtent(t).x).max().orElse(0);
                kropp.setMinColumnWidth(k.ordinal(), bredd + CELLMARGINAL);
            }
        } finally {
            gc.dispose();
        }
    }

    NatTable natTable() {
        return natTable;
    }

    SelectionLayer markering() {
        return markering;
    }

    /** Back to the first row and no selection: after a new filter or sort order the old position means nothing. */
    void tillBorjan() {
        markering.clear();
        vy.setOriginY(0);
    }
}
