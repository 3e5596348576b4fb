package se.kundval.ersattning.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.tree.ITreeData;

/**
 * The rows of the Ersättning table as NatTable's tree layer sees them (each anordnare the parent of
 * the lines that follow it) and as its body reads them (one value per {@link Underlagskolumn}).
 * Rows are compared by identity: two lines may be equal as values.
 */
final class Underlagstrad implements ITreeData<Underlagsrad>, IRowDataProvider<Underlagsrad> {

    private List<Underlagsrad> rader = List.of();

    void visa(List<Underlagsrad> nya) {
        rader = List.copyOf(nya);
    }

    @Override
    public int getDepthOfData(Underlagsrad rad) {
        return rad instanceof Underlagsrad.Post ? 1 : 0;
    }

    @Override
    public int getDepthOfData(int index) {
        return getDepthOfData(rader.get(index));
    }

    @Override
    public Underlagsrad getDataAtIndex(int index) {
        return isValidIndex(index) ? rader.get(index) : null;
    }

    @Override
    public int indexOf(Underlagsrad rad) {
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i) == rad) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean hasChildren(Underlagsrad rad) {
        return rad instanceof Underlagsrad.Anordnare a && a.poster() > 0;
    }

    @Override
    public boolean hasChildren(int index) {
        return isValidIndex(index) && hasChildren(rader.get(index));
    }

    @Override
    public List<Underlagsrad> getChildren(Underlagsrad rad) {
        return getChildren(indexOf(rad));
    }

    @Override
    public List<Underlagsrad> getChildren(Underlagsrad rad, boolean helaDjupet) {
        return getChildren(rad);
    }

    /** The lines following an anordnare row, up to the next row that is not a line. */
    @Override
    public List<Underlagsrad> getChildren(int index) {
        List<Underlagsrad> barn = new ArrayList<>();
        if (!hasChildren(index)) {
            return barn;
        }
        for (int i = index + 1; i < rader.size() && rader.get(i) instanceof Underlagsrad.Post; i++) {
            barn.add(rader.get(i));
        }
        return barn;
    }

    @Override
    public int getElementCount() {
        return rader.size();
    }

    @Override
    public boolean isValidIndex(int index) {
        return index >= 0 && index < rader.size();
    }

    @Override
    public Object getDataValue(int kolumn, int rad) {
        return Underlagskolumn.vid(kolumn).varde(rader.get(rad));
    }

    @Override
    public void setDataValue(int kolumn, int rad, Object varde) {
        throw new UnsupportedOperationException("the utbetalningsunderlag is computed, not edited"); //$NON-NLS-1$
    }

    @Override
    public int getColumnCount() {
        return Underlagskolumn.values().length;
    }

    @Override
    public int getRowCount() {
        return rader.size();
    }

    @Override
    public Underlagsrad getRowObject(int index) {
        return rader.get(index);
    }

    @Override
    public int indexOfRowObject(Underlagsrad rad) {
        return indexOf(rad);
    }
}
