package se.kundval.arendelista.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.event.HideColumnPositionsEvent;
import org.eclipse.nebula.widgets.nattable.hideshow.event.ShowColumnPositionsEvent;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.resize.event.ColumnResizeEvent;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;

/**
 * The widths of Mina kunder's columns: each at least as wide as its heading and the sort arrow, and
 * one column taking the width the others leave of the part (decisions 0452 and 0465). Nästa frist
 * takes it while it shows; hidden, the first shown of Kund, Anordnare and Typ does. A hidden column
 * is 0 wide in the data layer: NatTable's percentage sizing counts every column there, hidden ones
 * too, so each hidden column left its width empty at the right. Shown again, it gets back the width
 * it had.
 */
final class Kolumnbredder {

    /** A heading's padding on both sides and the sort arrow beside its text (as in Kunder's table). */
    private static final int RUBRIKMARGINAL = 28;
    /** Who takes the width left, the first shown: the free-text columns, longest texts first. */
    private static final List<Arendekolumn> TAR_RESTEN = List.of(Arendekolumn.NASTA_FRIST, Arendekolumn.KUND,
            Arendekolumn.ANORDNARE, Arendekolumn.TYP);

    private final DataLayer kropp;
    private final ColumnHideShowLayer dolda;
    private final int[] standard = new int[Arendekolumn.antal()];
    /** The width each hidden column had when it was hidden. */
    private final Map<Arendekolumn, Integer> fore = new EnumMap<>(Arendekolumn.class);

    Kolumnbredder(DataLayer kropp, ColumnHideShowLayer dolda) {
        this.kropp = kropp;
        this.dolda = dolda;
        dolda.addLayerListener(h -> {
            if (h instanceof HideColumnPositionsEvent || h instanceof ShowColumnPositionsEvent) {
                anpassa();
            }
        });
    }

    /** The default widths, the headings measured in the table's font. */
    void standard(Drawable tabell) {
        GC gc = new GC(tabell);
        try {
            gc.setFont(GUIHelper.DEFAULT_FONT);
            for (Arendekolumn k : Arendekolumn.values()) {
                standard[k.ordinal()] = Math.max(k.bredd(), gc.textExtent(k.rubrik()).x + RUBRIKMARGINAL);
            }
        } finally {
            gc.dispose();
        }
        fore.clear();
        for (Arendekolumn k : Arendekolumn.values()) {
            kropp.setColumnPercentageSizing(k.ordinal(), false);
            kropp.resetMinColumnWidth(k.ordinal(), false);
            kropp.setColumnWidthByPosition(k.ordinal(), standard[k.ordinal()], false);
        }
        anpassa();
    }

    /** After columns were hidden or shown: hidden ones 0 wide, the first shown of {@link #TAR_RESTEN} takes the rest. */
    void anpassa() {
        Arendekolumn resten = TAR_RESTEN.stream().filter(k -> !dolda.isColumnIndexHidden(k.ordinal())).findFirst().orElse(null);
        for (Arendekolumn k : Arendekolumn.values()) {
            int i = k.ordinal();
            boolean tarResten = kropp.isColumnPercentageSizing(i);
            if (dolda.isColumnIndexHidden(i)) {
                fore.putIfAbsent(k, tarResten ? standard[i] : kropp.getColumnWidthByPosition(i));
                kropp.setColumnPercentageSizing(i, false);
                kropp.resetMinColumnWidth(i, false);
                kropp.setColumnWidthByPosition(i, 0, false);
            } else if (k == resten) {
                fore.remove(k);
                kropp.setMinColumnWidth(i, standard[i]);
                kropp.setColumnPercentageSizing(i, true);
                kropp.resetColumnWidth(i, false);
            } else {
                Integer hade = fore.remove(k);
                if (tarResten || hade != null) {
                    kropp.setColumnPercentageSizing(i, false);
                    kropp.resetMinColumnWidth(i, false);
                    kropp.setColumnWidthByPosition(i, tarResten ? standard[i] : hade, false);
                }
            }
        }
        // one event for all, and a resize rather than a refresh: a refresh makes the reorder layer forget the user's order
        kropp.fireLayerEvent(new ColumnResizeEvent(kropp, new Range(0, Arendekolumn.antal())));
    }
}
