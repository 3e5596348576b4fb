package se.kundval.arendelista.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.command.VisualRefreshCommand;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.ui.action.IKeyAction;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuAction;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuBuilder;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MenuItem;

import se.kundval.ui.Kolumnsortering;
import se.kundval.core.tjanst.Arenderad;

/**
 * The NatTable of Mina kunder. Body: the rows, column order and hidden columns (both the user's to
 * change and saved with the layout), whole-row selection and a viewport, so only the rows in view
 * are painted however long the caseload. Headers: sort on click, a filter row, right-click menu to
 * hide and choose columns. Double-click or Enter opens the kund.
 */
final class Arendetabell {

    /** Wide enough for "10000" in the row header. */
    private static final int RADHUVUD_BREDD = 48;

    private final NatTable natTable;
    private final Arendelista lista;
    private final DataLayer kropp;
    private final ColumnReorderLayer ordning;
    private final ColumnHideShowLayer dolda;
    private final SelectionLayer markering;
    private final ViewportLayer vy;
    private final SortHeaderLayer<Arenderad> sortering;
    private final Kolumnbredder bredder;
    private final ConfigRegistry konfiguration = new ConfigRegistry();

    /**
     * @param oppna       what a double-click or Enter on a row does
     * @param valjKolumner what the header menu's "Välj kolumner…" does
     */
    Arendetabell(Composite parent, Arendelista lista, Consumer<Arenderad> oppna, Runnable valjKolumner) {
        this.lista = lista;
        kropp = new DataLayer(lista);
        kropp.setConfigLabelAccumulator(new Tabellstil.Radmarkering(lista));
        ordning = new ColumnReorderLayer(kropp);
        dolda = new ColumnHideShowLayer(ordning);
        bredder = new Kolumnbredder(kropp, dolda);
        markering = new SelectionLayer(dolda, false);
        markering.addConfiguration(new se.kundval.ui.Tabellstil.Radval());
        markering.setLayerPainter(new Markeringsmalare(markering));
        vy = new ViewportLayer(markering);

        IDataProvider rubriker = new DefaultColumnHeaderDataProvider(Arendekolumn.rubriker());
        ColumnHeaderLayer kolumnhuvud = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(rubriker), vy, markering);
        sortering = new SortHeaderLayer<>(kolumnhuvud, new Kolumnsortering((kolumn, fallande) -> lista.sortera(kolumn == null ? null : Arendekolumn.vid(kolumn), fallande),
                this::ritaOm), false);
        FilterRowHeaderComposite<Arenderad> filterrad = new FilterRowHeaderComposite<>(new Arendefilter(lista, this::nyaRader),
                sortering, rubriker, konfiguration);
        IDataProvider radnummer = new DefaultRowHeaderDataProvider(lista);
        DefaultRowHeaderDataLayer radnummerdata = new DefaultRowHeaderDataLayer(radnummer);
        radnummerdata.setDefaultColumnWidth(RADHUVUD_BREDD);
        RowHeaderLayer radhuvud = new RowHeaderLayer(radnummerdata, vy, markering);
        CornerLayer horn = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(rubriker, radnummer)), radhuvud, filterrad);

        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, new GridLayer(vy, filterrad, radhuvud, horn), false);
        natTable.setConfigRegistry(konfiguration);
        natTable.addConfiguration(se.kundval.ui.Tabellstil.grund(HorizontalAlignmentEnum.LEFT));
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new Tabellstil.Markeringar());
        natTable.addConfiguration(new Bindningar(oppna, valjKolumner));
        natTable.configure();
        standardbredder();
    }

    NatTable natTable() {
        return natTable;
    }

    SelectionLayer markering() {
        return markering;
    }

    ConfigRegistry konfiguration() {
        return konfiguration;
    }

    ColumnReorderLayer ordning() {
        return ordning;
    }

    ColumnHideShowLayer dolda() {
        return dolda;
    }

    SortHeaderLayer<Arenderad> sortering() {
        return sortering;
    }

    /** The default widths, Nästa frist or the first shown text column taking the rest (decisions 0452, 0465). */
    void standardbredder() {
        bredder.standard(natTable);
    }

    /** After hidden columns came from a saved layout: the shown ones fill the width again. */
    void anpassaBredder() {
        bredder.anpassa();
    }

    /** Every column in the order the user sees them, hidden ones included. */
    List<Arendekolumn> kolumnordning() {
        return ordning.getColumnIndexOrder().stream().map(Arendekolumn::vid).toList();
    }

    boolean arSynlig(Arendekolumn kolumn) {
        return !dolda.isColumnIndexHidden(kolumn.ordinal());
    }

    /** Shows the columns in this order; the others are hidden but keep their place after them. */
    void visaKolumner(List<Arendekolumn> nyOrdning, Set<Arendekolumn> synliga) {
        for (int plats = 0; plats < nyOrdning.size(); plats++) {
            int fran = ordning.getColumnPositionByIndex(nyOrdning.get(plats).ordinal());
            if (fran != plats) {
                ordning.reorderColumnPosition(fran, plats);
            }
        }
        dolda.showAllColumns();
        dolda.hideColumnIndexes(nyOrdning.stream().filter(k -> !synliga.contains(k)).mapToInt(Arendekolumn::ordinal).toArray());
    }

    /**
     * New rows (read again, or filtered): back to the top, nothing selected. Only the rows changed: a
     * full structural refresh would also make the column reorder layer forget the user's column order.
     */
    void nyaRader() {
        markering.clear();
        vy.setOriginY(0);
        kropp.fireLayerEvent(new RowStructuralRefreshEvent(kropp));
    }

    /** Repaints with new styles; nothing structural changed. */
    void ritaOmMedNyStil() {
        natTable.doCommand(new VisualRefreshCommand());
    }

    private void ritaOm() {
        markering.clear();
        natTable.redraw();
    }

    /** The row the user has selected (the last one when several are), or null. */
    Arenderad valdRad() {
        int[] rader = markering.getFullySelectedRowPositions();
        if (rader.length == 0) {
            return null;
        }
        return lista.getRowObject(markering.getRowIndexByPosition(rader[rader.length - 1]));
    }

    /** Double-click and Enter open the kund; right-click on a header offers the column menu. */
    private final class Bindningar extends AbstractUiBindingConfiguration {

        private final Consumer<Arenderad> oppna;
        private final Runnable valjKolumner;

        Bindningar(Consumer<Arenderad> oppna, Runnable valjKolumner) {
            this.oppna = oppna;
            this.valjKolumner = valjKolumner;
        }

        @Override
        public void configureUiBindings(UiBindingRegistry bindningar) {
            bindningar.registerFirstDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (tabell, h) -> {
                int rad = tabell.getRowIndexByPosition(tabell.getRowPositionByY(h.y));
                Arenderad arende = lista.getRowObject(rad);
                if (arende != null) {
                    oppna.accept(arende);
                }
            });
            IKeyAction oppnaVald = (tabell, h) -> {
                Arenderad arende = valdRad();
                if (arende != null) {
                    oppna.accept(arende);
                }
            };
            // first: the filter row's editing bindings also claim Enter
            bindningar.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), oppnaVald);
            bindningar.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), oppnaVald);
            PopupMenuBuilder meny = new PopupMenuBuilder(natTable).withHideColumnMenuItem(Messages.doljKolumn)
                    .withShowAllColumnsMenuItem(Messages.visaAllaKolumner)
                    .withMenuItemProvider((tabell, popup) -> {
                        MenuItem val = new MenuItem(popup, SWT.PUSH);
                        val.setText(Messages.valjKolumner);
                        val.addListener(SWT.Selection, e -> valjKolumner.run());
                    });
            bindningar.registerMouseDownBinding(new MouseEventMatcher(SWT.NONE, GridRegion.COLUMN_HEADER, MouseEventMatcher.RIGHT_BUTTON),
                    new PopupMenuAction(meny.build()));
        }
    }
}
