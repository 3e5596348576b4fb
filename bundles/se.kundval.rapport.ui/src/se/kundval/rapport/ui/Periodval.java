package se.kundval.rapport.ui;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import se.kundval.core.rapport.Rapportperiod;
import se.kundval.ui.Formular;

/**
 * Chooses the report's period: a calendar year, tertial 1–3 of a year (as the municipality
 * reports), or any period between two days. The dates follow the preset and are editable only for
 * an own period.
 */
final class Periodval {

    static final String FORVAL = "se.kundval.rapport.ui.rapport.forval"; //$NON-NLS-1$
    static final String AR = "se.kundval.rapport.ui.rapport.ar"; //$NON-NLS-1$
    static final String FRAN = "se.kundval.rapport.ui.rapport.fran"; //$NON-NLS-1$
    static final String TILL = "se.kundval.rapport.ui.rapport.till"; //$NON-NLS-1$

    /** The presets in the order of the combo. */
    static final int HELT_AR = 0;
    static final int EGEN_PERIOD = 4;

    private final Composite ram;
    private final Combo forval;
    private final Spinner ar;
    private final DateTime fran;
    private final DateTime till;

    Periodval(Composite parent, int startar) {
        ram = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).spacing(6, 0).applyTo(ram);
        new Label(ram, SWT.NONE).setText(Messages.period);
        forval = new Combo(ram, SWT.READ_ONLY | SWT.DROP_DOWN);
        forval.setData(KvalitetsrapportPart.DATANYCKEL, FORVAL);
        forval.setItems(Messages.forvalAr, Messages.forvalTertial1, Messages.forvalTertial2, Messages.forvalTertial3,
                Messages.forvalEgen);
        forval.select(HELT_AR);
        ar = new Spinner(ram, SWT.BORDER);
        ar.setData(KvalitetsrapportPart.DATANYCKEL, AR);
        ar.setValues(startar, 2000, 2100, 0, 1, 1);
        fran = datum(FRAN);
        new Label(ram, SWT.NONE).setText(Messages.periodTill);
        till = datum(TILL);
        forval.addListener(SWT.Selection, e -> foljForval());
        ar.addListener(SWT.Selection, e -> foljForval());
        foljForval();
    }

    private DateTime datum(String nyckel) {
        DateTime d = new DateTime(ram, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        d.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        return d;
    }

    Composite kontroll() {
        return ram;
    }

    /** The chosen period; for an own period in the wrong order, the days swapped. */
    Rapportperiod period() {
        LocalDate f = LocalDate.of(fran.getYear(), fran.getMonth() + 1, fran.getDay());
        LocalDate t = LocalDate.of(till.getYear(), till.getMonth() + 1, till.getDay());
        return t.isBefore(f) ? new Rapportperiod(t, f) : new Rapportperiod(f, t);
    }

    private void foljForval() {
        int val = forval.getSelectionIndex();
        boolean egen = val == EGEN_PERIOD;
        Formular.aktivera(ar, !egen);
        Formular.aktivera(fran, egen);
        Formular.aktivera(till, egen);
        if (!egen) {
            Rapportperiod p = val == HELT_AR ? Rapportperiod.ar(ar.getSelection()) : Rapportperiod.tertial(ar.getSelection(), val);
            satt(fran, p.fran());
            satt(till, p.till());
        }
    }

    private static void satt(DateTime falt, LocalDate dag) {
        falt.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
    }
}
