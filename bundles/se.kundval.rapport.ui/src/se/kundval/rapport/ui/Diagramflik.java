package se.kundval.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The report's charts two by two, scrolling when the part is small. A click on a bar asks for the
 * insatser behind it.
 */
final class Diagramflik {

    /** Data key prefix of the charts: {@code ...diagram.0} is andel lyckade per insatstyp. */
    static final String DIAGRAM = "se.kundval.rapport.ui.rapport.diagram."; //$NON-NLS-1$
    private static final int MINSTA_BREDD = 360;
    private static final int HOJD = 320;

    private final ScrolledComposite rullning;
    private final Composite rutnat;
    private final List<Diagramyta> ytor = new ArrayList<>();

    Diagramflik(Composite parent, int antal, BiConsumer<Diagramdata, Diagramdata.Stapel> klick) {
        rullning = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        rutnat = new Composite(rullning, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(6, 6).spacing(10, 10).applyTo(rutnat);
        for (int i = 0; i < antal; i++) {
            Diagramyta[] denna = new Diagramyta[1];
            denna[0] = new Diagramyta(rutnat, DIAGRAM + i, stapel -> klick.accept(denna[0].data(), stapel));
            GridDataFactory.fillDefaults().grab(true, false).hint(MINSTA_BREDD, HOJD).applyTo(denna[0].kontroll());
            ytor.add(denna[0]);
        }
        rullning.setContent(rutnat);
        rullning.setExpandHorizontal(true);
        rullning.setExpandVertical(true);
        rullning.setMinSize(rutnat.computeSize(2 * MINSTA_BREDD, SWT.DEFAULT));
    }

    Control kontroll() {
        return rullning;
    }

    void visa(List<Diagramdata> diagram) {
        for (int i = 0; i < ytor.size(); i++) {
            Diagramdata data = i < diagram.size() ? diagram.get(i) : null;
            ytor.get(i).visa(data);
            // a chart with many long names grows downwards rather than letting them overlap
            GridData plats = (GridData) ytor.get(i).kontroll().getLayoutData();
            plats.heightHint = data == null ? HOJD : Diagramhojd.av(data, MINSTA_BREDD, HOJD);
        }
        rutnat.layout(true, true);
        rullning.setMinSize(rutnat.computeSize(2 * MINSTA_BREDD, SWT.DEFAULT));
    }

    Diagramyta yta(int index) {
        return ytor.get(index);
    }
}
