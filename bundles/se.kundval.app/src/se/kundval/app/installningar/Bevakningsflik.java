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

/**
 * The deadline limits of the caseload, one spinner per limit, in days: the kundval's, shown to
 * everyone, changed only by the administratör (for others the spinners stay read-only and the text
 * says who decides them). Empty until the limits have been read.
 */
final class Bevakningsflik {

    static final String PREFIX = "se.kundval.app.installningar.grans."; //$NON-NLS-1$

    private final Composite yta;
    private final Map<Bevakningsgrans, Spinner> faltet = new EnumMap<>(Bevakningsgrans.class);
    private final Label upplysning;
    private final Button standard;

    Bevakningsflik(Composite parent) {
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(yta);
        upplysning = new Label(yta, SWT.WRAP);
        upplysning.setText(Messages.gransHamtas);
        upplysning.setData(Installningsdialog.DATANYCKEL, PREFIX + "upplysning"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).indent(0, 0).applyTo(upplysning);
        for (Bevakningsgrans g : Bevakningsgrans.values()) {
            new Label(yta, SWT.NONE).setText(g.etikett());
            Spinner dagar = new Spinner(yta, SWT.BORDER);
            dagar.setData(Installningsdialog.DATANYCKEL, PREFIX + g.namn());
            dagar.setValues(g.standard(), g.minst(), g.hogst(), 0, 1, 10);
            dagar.setEnabled(false);
            GridDataFactory.swtDefaults().hint(64, SWT.DEFAULT).applyTo(dagar);
            faltet.put(g, dagar);
        }
        standard = new Button(yta, SWT.PUSH);
        standard.setText(Messages.aterstallStandard);
        standard.setData(Installningsdialog.DATANYCKEL, PREFIX + "standard"); //$NON-NLS-1$
        standard.addListener(SWT.Selection, e -> faltet.forEach((g, s) -> s.setSelection(g.standard())));
        GridDataFactory.swtDefaults().span(2, 1).indent(0, 8).applyTo(standard);
        standard.setEnabled(false);
    }

    Composite kontroll() {
        return yta;
    }

    /** The limits read; editable when the user may change them. */
    void visa(Map<Bevakningsgrans, Integer> granser, boolean redigerbar) {
        granser.forEach((g, dagar) -> faltet.get(g).setSelection(dagar));
        faltet.values().forEach(s -> s.setEnabled(redigerbar));
        standard.setEnabled(redigerbar);
        upplysning.setText(redigerbar ? Messages.bevakningarUpplysning : Messages.bevakningarBaraAdministrator);
        yta.layout(true, true);
    }

    /** Why the limits are not shown. */
    void fel(String text) {
        upplysning.setText(text);
        yta.layout(true, true);
    }

    Map<Bevakningsgrans, Integer> granser() {
        Map<Bevakningsgrans, Integer> granser = new EnumMap<>(Bevakningsgrans.class);
        faltet.forEach((g, s) -> granser.put(g, s.getSelection()));
        return granser;
    }
}
