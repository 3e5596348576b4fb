package se.kundval.ui.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Closes modal dialogs that the workbench opens while a test drives it, and remembers their text.
 * A modal dialog runs its own event loop inside whatever event opened it, so without this a test
 * that triggers an error dialog would hang until the build's timeout instead of failing.
 */
final class DialogWatch {

    private static final int INTERVAL_MS = 200;
    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;

    /**
     * In a second workbench in one JVM, E4's ModelAssembler warns that it could not run @PreDestroy on
     * the SWT addons' model processors, and its logger formats the "{}" placeholders with
     * MessageFormat, which throws; the workbench shows that as "Internal Error". Nothing of ours is
     * wrong then, so that one dialog is closed without being reported.
     */
    private static final String E4_LOG_DEFECT = "can't parse argument number"; //$NON-NLS-1$

    private final Display display;
    private final Shell main;
    private final List<String> closed = new ArrayList<>();
    private final Deque<Consumer<Shell>> answers = new ArrayDeque<>();
    private boolean running;

    DialogWatch(Display display, Shell main) {
        this.display = display;
        this.main = main;
    }

    void start() {
        running = true;
        display.timerExec(INTERVAL_MS, this::check);
    }

    void stop() {
        running = false;
    }

    /** The next modal dialog is handed to the answer (which drives and closes it) instead of being closed. */
    void answerNext(Consumer<Shell> answer) {
        answers.addLast(answer);
    }

    /** True while answers are queued that no dialog has used yet. */
    boolean answersPending() {
        return !answers.isEmpty();
    }

    /** The texts of the dialogs closed since the last call ("title: label texts"), oldest first. */
    List<String> takeClosed() {
        List<String> result = List.copyOf(closed);
        closed.clear();
        return result;
    }

    private void check() {
        if (!running || display.isDisposed()) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (shell != main && !shell.isDisposed() && shell.isVisible() && (shell.getStyle() & MODAL) != 0 && !answers.isEmpty()) {
                // the answer may spin the event loop itself; no other check runs meanwhile
                answers.removeFirst().accept(shell);
            } else if (shell != main && !shell.isDisposed() && shell.isVisible() && (shell.getStyle() & MODAL) != 0) {
                List<String> texts = new ArrayList<>();
                collectLabels(shell, texts);
                String text = shell.getText() + ": " + String.join(" ", texts);
                if (!text.contains(E4_LOG_DEFECT)) {
                    closed.add(text);
                }
                shell.close();
            }
        }
        display.timerExec(INTERVAL_MS, this::check);
    }

    private static void collectLabels(Composite parent, List<String> texts) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Label label && !label.getText().isBlank()) {
                texts.add(label.getText());
            } else if (c instanceof Composite composite) {
                collectLabels(composite, texts);
            }
        }
    }
}
