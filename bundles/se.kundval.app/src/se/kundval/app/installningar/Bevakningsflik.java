package se.kundval.app.installningar;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import se.kundval.app.Messages;

/** The deadline limits of the caseload, one spinner per limit, in days. */
final class Bevakningsflik {

    static final String PREFIX = "se.kundval.app.installningar.grans."; //$NON-NLS-1$

    private final Composite yta;
    private final Map<Bevakningsgrans, Spinner> faltet = new EnumMap<>(Bevakningsgrans.class);

    Bevakningsflik(Composite parent) {
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(yta);
        Label upplysning = new Label(yta, SWT.WRAP);
        upplysning.setText(Messages.bevakningarUpplysning);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).indent(0, 0).applyTo(upplysning);
        for (Bevakningsgrans g : Bevakningsgrans.values()) {
            new Label(yta, SWT.NONE).setText(g.etikett());
            Spinner dagar = new Spinner(yta, SWT.BORDER);
            dagar.setData(Installningsdialog.DATANYCKEL, PREFIX + g.namn());
            dagar.setValues(g.standard(), g.minst(), g.hogst(), 0, 1, 10);
            GridDataFactory.swtDefaults().hint(64, SWT.DEFAULT).applyTo(dagar);
            faltet.put(g, dagar);
        }
        Button standard = new Button(yta, SWT.PUSH);
        standard.setText(Messages.aterstallStandard);
        standard.setData(Installningsdialog.DATANYCKEL, PREFIX + "standard"); //$NON-NLS-1$
        standard.addListener(SWT.Selection, e -> faltet.forEach((g, s) -> s.setSelection(g.standard())));
        GridDataFactory.swtDefaults().span(2, 1).indent(0, 8).applyTo(standard);
    }

    Composite kontroll() {
        return yta;
    }

    void visa(Map<Bevakningsgrans, Integer> granser) {
        granser.forEach((g, dagar) -> faltet.get(g).setSelection(dagar));
    }

    Map<Bevakningsgrans, Integer> granser() {
        Map<Bevakningsgrans, Integer> granser = new EnumMap<>(Bevakningsgrans.class);
        faltet.forEach((g, s) -> granser.put(g, s.getSelection()));
        return granser;
    }
}
