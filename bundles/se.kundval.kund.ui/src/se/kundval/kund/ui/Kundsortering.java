package se.kundval.kund.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * One sort column, sorted by the service in the database. NatTable asks this model which column is
 * sorted (for the header arrows) and tells it when the user clicks a header; no comparators are
 * needed because the rows never get sorted in memory.
 */
final class Kundsortering implements ISortModel {

    private static final int INGEN = -1;

    private final Kundlista lista;
    private int kolumn = INGEN;
    private SortDirectionEnum riktning = SortDirectionEnum.NONE;

    Kundsortering(Kundlista lista) {
        this.lista = lista;
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
        lista.sortera(Listkolumn.vid(index).tjanstekolumn(), nyRiktning == SortDirectionEnum.DESC);
    }

    @Override
    public void clear() {
        kolumn = INGEN;
        riktning = SortDirectionEnum.NONE;
        lista.sortera(null, false);
    }
}
