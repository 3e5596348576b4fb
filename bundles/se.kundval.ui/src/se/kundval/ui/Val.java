package se.kundval.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down of typed choices, shown by their Swedish labels. */
public final class Val<T> {

    private final Combo combo;
    private final Function<T, String> text;
    private List<T> alternativ = List.of();

    Val(Composite parent, Function<T, String> text) {
        this.combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        this.text = text;
        combo.setVisibleItemCount(16);
    }

    public Combo combo() {
        return combo;
    }

    /** Replaces the choices; the chosen one stays chosen if it is still among them. */
    public void alternativ(List<T> nya) {
        T valt = valt();
        alternativ = List.copyOf(nya);
        combo.setItems(alternativ.stream().map(text).toArray(String[]::new));
        valj(valt);
    }

    /** The chosen value, or null when nothing is chosen. */
    public T valt() {
        int i = combo.getSelectionIndex();
        return i < 0 || i >= alternativ.size() ? null : alternativ.get(i);
    }

    public void valj(T varde) {
        int i = varde == null ? -1 : alternativ.indexOf(varde);
        if (i < 0) {
            combo.deselectAll();
            combo.clearSelection();
            combo.setText(""); //$NON-NLS-1$
        } else {
            combo.select(i);
        }
    }

    public void vidAndring(Runnable gor) {
        combo.addListener(SWT.Selection, e -> gor.run());
    }
}
