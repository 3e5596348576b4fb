package se.kundval.avslut.ui;

import java.time.YearMonth;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;

import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The Ersättning part of the ekonomi UI as the handläggare reads it: the status of an insats's
 * Resultatbonus line in a month's utbetalningsunderlag. Driven by its data keys only.
 */
final class Ersattningsvy {

    static final String DEL = "se.kundval.ersattning.ui.part.ersattning";
    private static final String TABELL = "se.kundval.ersattning.ui.ersattning.tabell";
    private static final String SUMMA = "se.kundval.ersattning.ui.ersattning.summa";
    private static final String AR = "se.kundval.ersattning.ui.ersattning.ar";
    private static final String MANAD = "se.kundval.ersattning.ui.ersattning.manad";
    /** Columns of the table: anordnare or insats, type, what the line pays, att betala, väntar, status. */
    private static final int INSATS = 0;
    private static final int POST = 2;
    private static final int STATUS = 5;

    private final WorkbenchExtension wb;
    private final Styrning ui;

    Ersattningsvy(WorkbenchExtension wb) {
        this.wb = wb;
        this.ui = new Styrning(wb);
    }

    /** Shows the month's underlag, read now, and returns the status text of the insats's Resultatbonus line. */
    String resultatbonus(String insatsId, YearMonth manad) {
        wb.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", DEL));
        String forra = ui.text(SUMMA);
        Spinner ar = ui.falt(Spinner.class, AR);
        ar.setSelection(manad.getYear());
        Combo manadsval = ui.falt(Combo.class, MANAD);
        manadsval.select(manad.getMonthValue() - 1);
        manadsval.notifyListeners(SWT.Selection, new Event());
        ui.vanta("the underlag of " + manad + " read again", () -> !ui.text(SUMMA).equals(forra) && rad(insatsId) > 0);
        return String.valueOf(tabell().getDataValueByPosition(STATUS, rad(insatsId)));
    }

    private NatTable tabell() {
        return ui.falt(NatTable.class, TABELL);
    }

    /** The row position of the insats's Resultatbonus line, or -1. */
    private int rad(String insatsId) {
        NatTable t = tabell();
        for (int rad = 1; rad < t.getRowCount(); rad++) {
            if (insatsId.equals(t.getDataValueByPosition(INSATS, rad)) && "Resultatbonus".equals(t.getDataValueByPosition(POST, rad))) {
                return rad;
            }
        }
        return -1;
    }
}
