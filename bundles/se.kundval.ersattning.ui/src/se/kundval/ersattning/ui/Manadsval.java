package se.kundval.ersattning.ui;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * Chooses the calendar month of an utbetalningsunderlag: the month by name, the year, and buttons
 * for the month before and after. Every change is reported at once; the part reads the new month
 * in the background.
 */
final class Manadsval {

    static final String MANAD = "se.kundval.ersattning.ui.ersattning.manad"; //$NON-NLS-1$
    static final String AR = "se.kundval.ersattning.ui.ersattning.ar"; //$NON-NLS-1$
    static final String FOREGAENDE = "se.kundval.ersattning.ui.ersattning.foregaende"; //$NON-NLS-1$
    static final String NASTA = "se.kundval.ersattning.ui.ersattning.nasta"; //$NON-NLS-1$

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final int FORSTA_AR = 2000;
    private static final int SISTA_AR = 2100;

    private final Composite ram;
    private final Combo manad;
    private final Spinner ar;
    private final Consumer<YearMonth> valt;

    Manadsval(Composite parent, YearMonth start, Consumer<YearMonth> valt) {
        this.valt = valt;
        ram = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(ram);
        new Label(ram, SWT.NONE).setText(Messages.manad);
        knapp(Messages.foregaendeManad, Messages.foregaendeManadTips, FOREGAENDE, -1);
        manad = new Combo(ram, SWT.READ_ONLY | SWT.DROP_DOWN);
        manad.setData(ErsattningPart.DATANYCKEL, MANAD);
        for (Month m : Month.values()) {
            manad.add(m.getDisplayName(TextStyle.FULL_STANDALONE, SVENSKA));
        }
        manad.setVisibleItemCount(12);
        ar = new Spinner(ram, SWT.BORDER);
        ar.setData(ErsattningPart.DATANYCKEL, AR);
        ar.setMinimum(FORSTA_AR);
        ar.setMaximum(SISTA_AR);
        knapp(Messages.nastaManad, Messages.nastaManadTips, NASTA, 1);
        satt(start);
        manad.addListener(SWT.Selection, e -> valt.accept(manad()));
        ar.addListener(SWT.Selection, e -> valt.accept(manad()));
    }

    private Button knapp(String text, String tips, String nyckel, int steg) {
        Button knapp = new Button(ram, SWT.PUSH);
        knapp.setText(text);
        knapp.setToolTipText(tips);
        knapp.setData(ErsattningPart.DATANYCKEL, nyckel);
        knapp.addListener(SWT.Selection, e -> {
            satt(manad().plusMonths(steg));
            valt.accept(manad());
        });
        return knapp;
    }

    Composite kontroll() {
        return ram;
    }

    /** The month shown. */
    YearMonth manad() {
        return YearMonth.of(ar.getSelection(), manad.getSelectionIndex() + 1);
    }

    private void satt(YearMonth ny) {
        manad.select(ny.getMonthValue() - 1);
        ar.setSelection(ny.getYear());
    }

    void fokus() {
        manad.setFocus();
    }
}
