package se.kundval.ui;

import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * A yes/no choice as two radio buttons that start with neither chosen: for a judgement the user
 * must take a position rather than accept a default. The buttons carry the data keys
 * {@code <id>.ja} and {@code <id>.nej}.
 */
public final class JaNej {

    private final Composite ram;
    private final Button ja;
    private final Button nej;

    JaNej(Composite parent, String id) {
        ram = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(16).applyTo(ram);
        ja = knapp(Messages.ja, id + ".ja"); //$NON-NLS-1$
        nej = knapp(Messages.nej, id + ".nej"); //$NON-NLS-1$
        // a selection made by program (a test, a reset) must clear the other button as a click does
        ja.addListener(SWT.Selection, e -> nej.setSelection(!ja.getSelection() && nej.getSelection()));
        nej.addListener(SWT.Selection, e -> ja.setSelection(!nej.getSelection() && ja.getSelection()));
    }

    Composite kontroll() {
        return ram;
    }

    public Button ja() {
        return ja;
    }

    /** TRUE, FALSE, or null when neither is chosen. */
    public Boolean varde() {
        if (ja.getSelection()) {
            return Boolean.TRUE;
        }
        return nej.getSelection() ? Boolean.FALSE : null;
    }

    public void varde(Boolean varde) {
        ja.setSelection(Boolean.TRUE.equals(varde));
        nej.setSelection(Boolean.FALSE.equals(varde));
    }

    public void vidAndring(Runnable gor) {
        ja.addListener(SWT.Selection, e -> gor.run());
        nej.addListener(SWT.Selection, e -> gor.run());
    }

    private Button knapp(String text, String id) {
        Button b = new Button(ram, SWT.RADIO);
        b.setText(text);
        b.setData(Formular.NYCKEL, id);
        return b;
    }
}
