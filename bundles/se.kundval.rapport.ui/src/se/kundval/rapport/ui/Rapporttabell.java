package se.kundval.rapport.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

import se.kundval.ui.Tabellstil;
import se.kundval.ui.Tabelltema;

/**
 * A NatTable of report rows (the total, the types, the anordnare) against columns of figures, each
 * cell a {@link Cell} with its n; the row names are the row header. Uncertain figures, headings and
 * the total are marked by config labels ({@link Rapportstilar}); a double click on a figure, or
 * {@link #markerad()} for the selected one, names the figure to drill down from.
 */
final class Rapporttabell {

    /**
     * A column of figures.
     *
     * @param rubrik the heading
     * @param bredd  the width in pixels
     * @param cell   the figure of a row
     */
    record Kolumn(String rubrik, int bredd, Function<Rapportrad.Matrad, Cell> cell) {
    }

    /** A figure the user pointed at, with the row and column it stands in. */
    record Traff(Rapportrad.Matrad rad, Kolumn kolumn, Cell cell) {
    }

    /** The row names' least and greatest width: the greatest keeps room for the figures on a narrow screen. */
    private static final int NAMNBREDD = 260;
    private static final int STORSTA_NAMNBREDD = 440;
    private static final int NAMNMARGINAL = 16;

    private List<Rapportrad> rader = List.of();
    private List<Kolumn> kolumner = List.of();
    private final DataLayer data;
    private final DataLayer namn;
    private final SelectionLayer markering;
    private final NatTable natTable;

    Rapporttabell(Composite parent, BiConsumer<Rapporttabell, Traff> dubbelklick) {
        data = new DataLayer(new Kropp());
        data.setConfigLabelAccumulator((etiketter, kolumn, rad) -> {
            if (rader.get(rad) instanceof Rapportrad.Avsnitt) {
                etiketter.add(Rapportstilar.AVSNITT);
            } else if (cell(rad, kolumn).osaker()) {
                etiketter.add(Rapportstilar.OSAKER);
            }
            totalt(etiketter, rad);
        });
        markering = new SelectionLayer(data);
        ViewportLayer vy = new ViewportLayer(markering);
        IDataProvider rubrikdata = new Rubriker();
        ColumnHeaderLayer rubriker = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(rubrikdata), vy, markering);
        // the row names are the row header, so they stay in view while the figures scroll sideways
        IDataProvider namndata = new Namn();
        namn = new DataLayer(namndata, NAMNBREDD, DataLayer.DEFAULT_ROW_HEIGHT);
        namn.setConfigLabelAccumulator((etiketter, kolumn, rad) -> {
            etiketter.add(rader.get(rad) instanceof Rapportrad.Avsnitt ? Rapportstilar.AVSNITT : Rapportstilar.NAMN);
            totalt(etiketter, rad);
        });
        RowHeaderLayer radnamn = new RowHeaderLayer(namn, vy, markering);
        CornerLayer horn = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(rubrikdata, namndata)), radnamn, rubriker);
        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, new GridLayer(vy, rubriker, radnamn, horn), false);
        natTable.setConfigRegistry(new ConfigRegistry());
        natTable.addConfiguration(Tabellstil.grund(HorizontalAlignmentEnum.RIGHT));
        natTable.addConfiguration(new Rapportstilar());
        natTable.configure();
        Tabelltema.folj(natTable);
        natTable.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (tabell, handelse) -> markerad().ifPresent(t -> dubbelklick.accept(this, t)));
    }

    private void totalt(LabelStack etiketter, int rad) {
        if (rader.get(rad) instanceof Rapportrad.Matrad m && m.nyckel() == null) {
            etiketter.add(Rapportstilar.TOTALT);
        }
    }

    NatTable natTable() {
        return natTable;
    }

    void visa(List<Rapportrad> nyaRader, List<Kolumn> nyaKolumner) {
        markering.clear();
        rader = List.copyOf(nyaRader);
        kolumner = List.copyOf(nyaKolumner);
        natTable.refresh();
        for (int k = 0; k < kolumner.size(); k++) {
            data.setColumnWidthByPosition(k, kolumner.get(k).bredd());
        }
        namn.setColumnWidthByPosition(0, namnbredd());
    }

    /**
     * Room for the longest row name, in bold as the totals and sections are: a type with its name
     * ("JOBBPENG_FORSTARKT – Förstärkt jobbpeng") was cut at a fixed width.
     */
    private int namnbredd() {
        GC gc = new GC(natTable);
        try {
            FontData standard = GUIHelper.DEFAULT_FONT.getFontData()[0];
            gc.setFont(GUIHelper.getFont(new FontData(standard.getName(), standard.getHeight(), SWT.BOLD)));
            int storsta = 0;
            for (int r = 0; r < rader.size(); r++) {
                storsta = Math.max(storsta, gc.textExtent(String.valueOf(namn.getDataValueByPosition(0, r))).x);
            }
            return Math.clamp(storsta + NAMNMARGINAL, NAMNBREDD, STORSTA_NAMNBREDD);
        } finally {
            gc.dispose();
        }
    }

    List<Rapportrad> rader() {
        return rader;
    }

    /** The selected figure, when it is one with a row and column. */
    Optional<Traff> markerad() {
        PositionCoordinate ankare = markering.getSelectionAnchor();
        int rad = ankare.getRowPosition();
        int kolumn = ankare.getColumnPosition();
        if (rad < 0 || rad >= rader.size() || kolumn < 0 || kolumn >= kolumner.size()
                || !(rader.get(rad) instanceof Rapportrad.Matrad matrad)) {
            return Optional.empty();
        }
        return Optional.of(new Traff(matrad, kolumner.get(kolumn), cell(rad, kolumn)));
    }

    /** Selects the figure at the row and column (0 = the first column of figures), as a click does. */
    void valj(int rad, int kolumn) {
        markering.doCommand(new SelectCellCommand(markering, kolumn, rad, false, false));
    }

    private Cell cell(int rad, int kolumn) {
        return rader.get(rad) instanceof Rapportrad.Matrad m ? kolumner.get(kolumn).cell().apply(m) : Cell.TOM;
    }

    /** The body: one figure per column. */
    private final class Kropp implements IDataProvider {

        @Override
        public Object getDataValue(int kolumn, int rad) {
            return cell(rad, kolumn);
        }

        @Override
        public void setDataValue(int kolumn, int rad, Object varde) {
            throw new UnsupportedOperationException("the report is computed, not edited"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return kolumner.size();
        }

        @Override
        public int getRowCount() {
            return rader.size();
        }
    }

    /** The row header: what each row is. */
    private final class Namn implements IDataProvider {

        @Override
        public Object getDataValue(int kolumn, int rad) {
            return switch (rader.get(rad)) {
                case Rapportrad.Avsnitt a -> a.rubrik();
                case Rapportrad.Matrad m -> m.namn();
            };
        }

        @Override
        public void setDataValue(int kolumn, int rad, Object varde) {
            throw new UnsupportedOperationException("the report is computed, not edited"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return 1;
        }

        @Override
        public int getRowCount() {
            return rader.size();
        }
    }

    private final class Rubriker implements IDataProvider {

        @Override
        public Object getDataValue(int kolumn, int rad) {
            return kolumner.get(kolumn).rubrik();
        }

        @Override
        public void setDataValue(int kolumn, int rad, Object varde) {
            throw new UnsupportedOperationException("headings are fixed"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return kolumner.size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }
}
