package se.kundval.beviljande.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;

/** A date chooser that speaks LocalDate; SWT's DateTime counts months from 0. */
final class Datumfalt {

    private final DateTime falt;

    Datumfalt(Composite parent, String datanyckel, LocalDate dag, Consumer<LocalDate> vidAndring) {
        falt = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        falt.setData(BeviljaInsatsHandler.DATANYCKEL, datanyckel);
        satt(dag);
        falt.addListener(SWT.Selection, h -> vidAndring.accept(dag()));
    }

    DateTime kontroll() {
        return falt;
    }

    LocalDate dag() {
        return LocalDate.of(falt.getYear(), falt.getMonth() + 1, falt.getDay());
    }

    void satt(LocalDate dag) {
        falt.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
    }
}
