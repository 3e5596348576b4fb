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
 * that triggers an error dialog would hang until the build's timeout instead of failing. A test
 * that expects a dialog queues a driver, which gets the next modal dialog instead.
 */
final class DialogWatch {

    private static final int INTERVAL_MS = 200;
    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;

    private final Display display;
    private final Shell main;
    private final List<String> closed = new ArrayList<>();
    private final Deque<Consumer<Shell>> drivers = new ArrayDeque<>();
    private Shell driving;
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

    /** The texts of the dialogs closed since the last call ("title: label texts"), oldest first. */
    List<String> takeClosed() {
        List<String> result = List.copyOf(closed);
        closed.clear();
        return result;
    }

    /** The next modal dialog goes to {@code driver} instead of being closed. */
    void drive(Consumer<Shell> driver) {
        drivers.add(driver);
    }

    /** True when every queued driver has had its dialog. */
    boolean allDriven() {
        return drivers.isEmpty() && driving == null;
    }

    void forgetDrivers() {
        drivers.clear();
    }

    private void check() {
        if (!running || display.isDisposed()) {
            return;
        }
        // scheduled first: a driver runs inside the dialog's event loop and may open a dialog of its own
        display.timerExec(INTERVAL_MS, this::check);
        for (Shell shell : display.getShells()) {
            if (shell != main && shell != driving && !shell.isDisposed() && shell.isVisible() && (shell.getStyle() & MODAL) != 0) {
                Consumer<Shell> driver = drivers.poll();
                if (driver != null) {
                    drive(shell, driver);
                } else {
                    closed.add(describe(shell));
                    shell.close();
                }
            }
        }
    }

    /** A driver that fails, or leaves its dialog open, fails the test like an unexpected dialog. */
    private void drive(Shell shell, Consumer<Shell> driver) {
        driving = shell;
        try {
            driver.accept(shell);
            if (!shell.isDisposed()) {
                closed.add("left open by its driver: " + describe(shell));
                shell.close();
            }
        } catch (RuntimeException | AssertionError e) {
            closed.add("driver failed (" + e + ") on " + (shell.isDisposed() ? "a closed dialog" : describe(shell)));
            if (!shell.isDisposed()) {
                shell.close();
            }
        } finally {
            driving = null;
        }
    }

    private static String describe(Shell shell) {
        List<String> texts = new ArrayList<>();
        collectLabels(shell, texts);
        return shell.getText() + ": " + String.join(" ", texts);
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
