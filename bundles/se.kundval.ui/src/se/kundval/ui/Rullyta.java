package se.kundval.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A vertically scrolling area for a form that may be taller than its part: the content takes the
 * area's width and scrolls when it needs more height. Call {@link #anpassa()} after the content
 * changed size (rows shown or hidden, longer texts).
 */
public final class Rullyta {

    private final ScrolledComposite rull;
    private final Composite innehall;

    public Rullyta(Composite parent) {
        rull = new ScrolledComposite(parent, SWT.V_SCROLL);
        rull.setExpandHorizontal(true);
        rull.setExpandVertical(true);
        innehall = new Composite(rull, SWT.NONE);
        rull.setContent(innehall);
        rull.addListener(SWT.Resize, e -> anpassa());
        rull.getVerticalBar().setIncrement(16);
    }

    public Control kontroll() {
        return rull;
    }

    public Composite innehall() {
        return innehall;
    }

    public void anpassa() {
        if (rull.isDisposed()) {
            return;
        }
        innehall.layout(true, true);
        int bredd = rull.getClientArea().width;
        rull.setMinSize(innehall.computeSize(bredd > 0 ? bredd : SWT.DEFAULT, SWT.DEFAULT));
    }
}
