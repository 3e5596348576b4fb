package se.kundval.arendelista.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * One sort column at a time, sorted in {@link Arendelista}. NatTable asks this model which column is
 * sorted (for the header arrow and for saving the layout) and tells it when the user clicks a header.
 */
final class Arendesortering implements ISortModel {

    private static final int INGEN = -1;

    private final Arendelista lista;
    private final Runnable efter;
    private int kolumn = INGEN;
    private SortDirectionEnum riktning = SortDirectionEnum.NONE;

    /** @param efter what the table does once the rows are sorted (repaint) */
    Arendesortering(Arendelista lista, Runnable efter) {
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

    @Override
    public void sort(int index, SortDirectionEnum nyRiktning, boolean ackumulera) {
        if (nyRiktning == SortDirectionEnum.NONE) {
            clear();
            return;
        }
        kolumn = index;
        riktning = nyRiktning;
        lista.sortera(Arendekolumn.vid(index), nyRiktning == SortDirectionEnum.DESC);
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
