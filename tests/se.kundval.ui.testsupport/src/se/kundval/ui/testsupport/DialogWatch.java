package se.kundval.ui.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * that triggers an error dialog would hang until the build's timeout instead of failing. A dialog the
 * test expects is handed to the test's answer instead, once, from inside the dialog's own event loop:
 * an answer for a dialog id (the id its shell carries under the data key) wins, else the next answer
 * queued for any dialog.
 */
final class DialogWatch {

    private static final int INTERVAL_MS = 200;
    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;
    private static final String MODAL_CONTEXT = "org.eclipse.jface.operation.ModalContext"; //$NON-NLS-1$

    /**
     * In a second workbench in one JVM, E4's ModelAssembler warns that it could not run @PreDestroy on
     * the SWT addons' model processors, and its logger formats the "{}" placeholders with
     * MessageFormat, which throws; the workbench shows that as "Internal Error". Nothing of ours is
     * wrong then, so that one dialog is closed without being reported.
     */
    private static final String E4_LOG_DEFECT = "can't parse argument number"; //$NON-NLS-1$

    private final Display display;
    private final String dataKey;
    private final List<String> closed = new ArrayList<>();
    private final Map<String, Consumer<Shell>> answers = new LinkedHashMap<>();
    private final Deque<Consumer<Shell>> nextAnswers = new ArrayDeque<>();
    private final List<Throwable> failures = new ArrayList<>();
    /** Shells being answered or closed: a nested check must not hand them out or close them again. */
    private final Set<Shell> busy = new HashSet<>();
    private Shell main;
    private boolean running;

    DialogWatch(Display display, String dataKey) {
        this.display = display;
        this.dataKey = dataKey;
    }

    /** The main window, never closed; until it exists every modal shell is a dialog. */
    void setMain(Shell shell) {
        this.main = shell;
    }

    /** Answers the next dialog whose shell carries {@code dialogId}; replaces an earlier answer for it. */
    void answer(String dialogId, Consumer<Shell> answer) {
        answers.put(dialogId, answer);
    }

    /** The next modal dialog without an answer of its own is handed to this answer (which drives and closes it). */
    void answerNext(Consumer<Shell> answer) {
        nextAnswers.addLast(answer);
    }

    /** True while answers are queued that no dialog has used yet. */
    boolean answersPending() {
        return !nextAnswers.isEmpty();
    }

    void start() {
        running = true;
        display.timerExec(INTERVAL_MS, this::check);
    }

    void stop() {
        running = false;
    }

    /** What went wrong in the test's answers since the last call, oldest first. */
    List<Throwable> takeFailures() {
        List<Throwable> result = List.copyOf(failures);
        failures.clear();
        return result;
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
        // scheduled before any answer runs: an answer spins the event loop itself, and a dialog that
        // its clicks open (an error, say) must still be closed and reported, not wait for ever
        display.timerExec(INTERVAL_MS, this::check);
        if (insideRunningOperation()) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (shell == main || shell.isDisposed() || !shell.isVisible() || (shell.getStyle() & MODAL) == 0
                    || busy.contains(shell)) {
                continue;
            }
            Consumer<Shell> answer = answers.remove(shell.getData(dataKey));
            if (answer == null) {
                answer = nextAnswers.pollFirst();
            }
            if (answer != null) {
                answer(shell, answer);
                if (shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
            }
            close(shell);
        }
    }

    /**
     * True while the event loop that runs this check is the one of a dialog's running operation (a
     * wizard reading from a service with {@code getContainer().run}). The dialog cannot be driven
     * then: its pages are disabled until the operation returns, which it cannot do before this
     * check returns; and closing it asks "operation in progress" in yet another dialog. The next
     * check, after the operation, hands the dialog out.
     */
    private static boolean insideRunningOperation() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith(MODAL_CONTEXT)));
    }

    private void answer(Shell shell, Consumer<Shell> answer) {
        busy.add(shell);
        try {
            answer.accept(shell);
        } catch (RuntimeException | AssertionError e) {
            // an exception would end in the dialog's own event loop, which only prints it
            failures.add(e);
        } finally {
            busy.remove(shell);
        }
    }

    private void close(Shell shell) {
        List<String> texts = new ArrayList<>();
        collectLabels(shell, texts);
        String text = shell.getText() + ": " + String.join(" ", texts);
        if (!text.contains(E4_LOG_DEFECT)) {
            closed.add(text);
        }
        busy.add(shell);
        try {
            shell.close();
        } finally {
            busy.remove(shell);
        }
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
