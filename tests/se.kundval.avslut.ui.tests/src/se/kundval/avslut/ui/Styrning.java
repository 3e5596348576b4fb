package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Drives the workbench's widgets as a user would, by their data keys: clicks send the events SWT
 * sends, so the code under test reacts exactly as to the mouse. Works in the main window, or under
 * a dialog's shell when one is given.
 */
final class Styrning {

    static final Duration VANTETID = Duration.ofSeconds(30);
    static final String KUNDER = "se.kundval.kund.ui.part.kunder";
    static final String FLIKAR = "se.kundval.uppfoljning.ui.insats.flikar";
    static final String RUBRIK = "se.kundval.uppfoljning.ui.insats.rubrik";
    static final String VAL = "se.kundval.uppfoljning.ui.insats.val";

    private final WorkbenchExtension wb;
    private final Composite yta;

    Styrning(WorkbenchExtension wb) {
        this(wb, null);
    }

    private Styrning(WorkbenchExtension wb, Composite yta) {
        this.wb = wb;
        this.yta = yta;
    }

    /** The same driving inside a dialog. */
    Styrning i(Composite dialog) {
        return new Styrning(wb, dialog);
    }

    <T extends Control> T falt(Class<T> typ, String id) {
        T falt = yta == null ? wb.findControl(typ, id) : wb.findControl(yta, typ, id);
        assertNotNull(falt, "no " + typ.getSimpleName() + " " + id);
        return falt;
    }

    void klicka(String knapp) {
        Button b = falt(Button.class, knapp);
        assertTrue(b.isVisible() && b.isEnabled(), knapp + " is not a visible, enabled button");
        skicka(b, SWT.Selection);
    }

    void skriv(String id, String text) {
        falt(Text.class, id).setText(text);
    }

    void tal(String id, int varde) {
        falt(Spinner.class, id).setSelection(varde);
    }

    void valj(String id, String alternativ) {
        Combo c = falt(Combo.class, id);
        int i = c.indexOf(alternativ);
        assertTrue(i >= 0, alternativ + " not among " + Arrays.toString(c.getItems()));
        c.select(i);
        skicka(c, SWT.Selection);
    }

    void datum(String id, LocalDate dag) {
        DateTime d = falt(DateTime.class, id);
        d.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
        skicka(d, SWT.Selection);
    }

    void radio(String id) {
        Button b = falt(Button.class, id);
        assertTrue(b.isEnabled(), id + " is disabled");
        b.setSelection(true);
        skicka(b, SWT.Selection);
    }

    void valjRad(String tabell, int rad) {
        Table t = falt(Table.class, tabell);
        t.setSelection(rad);
        skicka(t, SWT.Selection);
    }

    /** The text of a table cell, or null when the table has no such row yet. */
    String cell(String tabell, int rad, int kolumn) {
        Table t = falt(Table.class, tabell);
        return rad < t.getItemCount() ? t.getItem(rad).getText(kolumn) : null;
    }

    int rader(String tabell) {
        return falt(Table.class, tabell).getItemCount();
    }

    String text(String etikett) {
        return falt(Label.class, etikett).getText();
    }

    boolean synlig(String id) {
        Control c = yta == null ? wb.findControl(Control.class, id) : wb.findControl(yta, Control.class, id);
        return c != null && c.isVisible();
    }

    /** Brings a tab of the Insats part to the front, as a click on it would. */
    void flik(String rubrik) {
        CTabFolder flikar = falt(CTabFolder.class, FLIKAR);
        CTabItem item = Arrays.stream(flikar.getItems()).filter(f -> f.getText().equals(rubrik)).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + rubrik));
        flikar.setSelection(item);
        wb.spin();
    }

    /** The kund list publishes a kund, as a click on its row does (the kund id is the selection). */
    void valjKund(long kundId) {
        MPart kunder = wb.activatePart(KUNDER);
        kunder.getContext().get(ESelectionService.class).setSelection(kundId);
        wb.spin();
    }

    /** Shows an insats in the Insats part, chosen through its kund as in the kund list, with a tab in front. */
    void visaInsats(Kund kund, Insats insats, String flikrubrik) {
        valjKund(kund.getId());
        wb.clickMenu("Visa", "Insats");
        vanta("the Insats part shows " + insats.getInsatsId(), () -> text(RUBRIK).contains(insats.getInsatsId()));
        flik(flikrubrik);
    }

    /**
     * Opens a modal dialog with {@code oppna} and answers it with {@code svar} inside the dialog's
     * event loop. A failed answer closes the dialog and fails the test here, instead of ending in the
     * dialog's event loop, which would only print it.
     */
    void besvara(Runnable oppna, Consumer<Shell> svar) {
        Throwable[] fel = new Throwable[1];
        wb.answerNextDialog(skal -> {
            try {
                svar.accept(skal);
                if (!skal.isDisposed()) {
                    throw new AssertionError("the answer left the dialog open: " + skal.getText());
                }
            } catch (RuntimeException | AssertionError e) {
                fel[0] = e;
                if (!skal.isDisposed()) {
                    skal.close();
                }
            }
        });
        oppna.run();
        vanta("the dialog was answered", () -> !wb.dialogAnswerPending());
        if (fel[0] != null) {
            throw new AssertionError("answering the dialog failed: " + fel[0], fel[0]);
        }
    }

    /** A screenshot of the main window, or of the dialog being driven. */
    void bild(String namn) {
        try {
            if (yta == null) {
                wb.screenshot(namn);
            } else {
                wb.screenshot(yta.getShell(), namn);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void loggaIn(Inloggning vem) {
        wb.setContextValue(Inloggning.class, vem);
    }

    void vanta(String vad, BooleanSupplier villkor) {
        wb.spinUntil(vad, villkor, VANTETID);
    }

    /** Every text in labels and text fields under the area, e.g. a dialog's message. */
    List<String> allaTexter() {
        List<String> texter = new ArrayList<>();
        samla(yta == null ? wb.shell() : yta, texter);
        return texter;
    }

    private static void samla(Composite parent, List<String> texter) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l) {
                texter.add(l.getText());
            } else if (c instanceof Text t) {
                texter.add(t.getText());
            }
            if (c instanceof Composite k) {
                samla(k, texter);
            }
        }
    }

    private void skicka(Control c, int typ) {
        c.notifyListeners(typ, new Event());
        wb.spin();
    }
}
