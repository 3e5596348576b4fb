package se.kundval.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What a person reads and presses in a dialog (a question, a conflict, a confirmation) that a test
 * answers through {@link WorkbenchExtension#answerDialog}: its buttons by their text, and all the
 * text of its labels.
 */
public final class Dialoginnehall {

    private Dialoginnehall() {
    }

    /** Presses the button with exactly this text anywhere in {@code yta}; fails when there is none. */
    public static void knapp(Composite yta, String text) {
        for (Button b : knappar(yta, new ArrayList<>())) {
            if (text.equals(b.getText())) {
                WorkbenchExtension.click(b);
                return;
            }
        }
        throw new AssertionError("no button " + text);
    }

    /** The text of every label in {@code yta}, one per line, in the order they are laid out. */
    public static String text(Composite yta) {
        StringBuilder s = new StringBuilder();
        for (Control c : yta.getChildren()) {
            if (c instanceof Label l) {
                s.append(l.getText()).append('\n');
            } else if (c instanceof Composite k) {
                s.append(text(k));
            }
        }
        return s.toString();
    }

    private static List<Button> knappar(Composite yta, List<Button> alla) {
        for (Control c : yta.getChildren()) {
            if (c instanceof Button b) {
                alla.add(b);
            } else if (c instanceof Composite k) {
                knappar(k, alla);
            }
        }
        return alla;
    }
}
