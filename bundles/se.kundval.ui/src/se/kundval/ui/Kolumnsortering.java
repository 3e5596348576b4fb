package se.kundval.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * One sort column at a time, for every NatTable list of the workbench. NatTable asks which column is
 * sorted (for the header arrow and the saved layout) and tells the model when the user clicks a
 * header; the list itself sorts (in memory or in the database), so no comparators are needed.
 */
public final class Kolumnsortering implements ISortModel {

    /** How a list sorts itself. */
    @FunctionalInterface
    public interface Sorterare {
        /** @param kolumn the column index, or null for the list's own order */
        void sortera(Integer kolumn, boolean fallande);
    }

    private static final int INGEN = -1;

    private final Sorterare lista;
    private final Runnable efter;
    private int kolumn = INGEN;
    private SortDirectionEnum riktning = SortDirectionEnum.NONE;

    /** @param efter what the table does once the rows are sorted (e.g. repaint, back to the first row) */
    public Kolumnsortering(Sorterare lista, Runnable efter) {
        this.lista = lista;
        this.efter = efter;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return kolumn == INGEN ? List.of() : List.of(kolumn);
    }

    @Override
    public boolean isColumnIndexSorted(int index) {
        return index == kolumn;
    }

    @Override
    public SortDirectionEnum getSortDirection(int index) {
        return index == kolumn ? riktning : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int index) {
        return index == kolumn ? 0 : INGEN;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int index) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int index) {
        return null;
    }

    /** A click on a header: the next direction for that column; other columns are no longer sorted. */
    @Override
    public void sort(int index, SortDirectionEnum nyRiktning, boolean ackumulera) {
        if (nyRiktning == SortDirectionEnum.NONE) {
            clear();
            return;
        }
        kolumn = index;
        riktning = nyRiktning;
        lista.sortera(index, nyRiktning == SortDirectionEnum.DESC);
        efter.run();
    }

    @Override
    public void clear() {
        kolumn = INGEN;
        riktning = SortDirectionEnum.NONE;
        lista.sortera(null, false);
        efter.run();
    }
}
