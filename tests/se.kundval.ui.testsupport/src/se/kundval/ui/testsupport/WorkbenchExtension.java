package se.kundval.ui.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.kundval.testsupport.Testklocka;
import se.kundval.ui.Bakgrund;

/**
 * JUnit 5 extension that boots the real Kundval E4 application in the test process, through
 * {@link E4Application#createE4Workbench} (the code path of the product's start): the application
 * model is loaded, model fragments merged, the lifecycle class run, the CSS theme applied and the
 * main window rendered on the test thread's Display. Rendering the window rather than the
 * application makes the rendering engine return after the first idle pass instead of blocking in an
 * event loop, so the test drives the UI with {@link #spinUntil}.
 * <p>
 * One workbench per test class; several classes in one test bundle each get their own, one after the
 * other (see {@link ModelAssemblerRestart}):
 * {@code @RegisterExtension static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi");}
 * <p>
 * The product starts with its login dialog. The extension logs in by typing into it, as a user
 * would: as the user given to {@link #loggaIn}, or else as a handläggare it creates in the test's
 * database (which must be connected in {@link #beforeStart}). There is no way around the dialog.
 */
public final class WorkbenchExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The data key under which Kundval widgets carry their stable id. */
    public static final String DATA_KEY = "kundval.id";
    /** Ids of the product's login dialog (se.kundval.app.inloggning.Inloggningsdialog) and its widgets. */
    public static final String LOGIN_DIALOG = "se.kundval.app.inloggning";
    public static final String LOGIN_USER = LOGIN_DIALOG + ".anvandarnamn";
    public static final String LOGIN_PASSWORD = LOGIN_DIALOG + ".losenord";
    public static final String LOGIN_MESSAGE = LOGIN_DIALOG + ".meddelande";
    public static final String LOGIN_OK = LOGIN_DIALOG + ".loggaIn";

    /** Whether a workbench already ran in this JVM (another test class of the same test bundle). */
    private static final Duration BACKGROUND_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicBoolean EARLIER_WORKBENCH = new AtomicBoolean();

    private final String applicationXmi;
    private final List<String> extraArgs;
    private Runnable beforeStart = () -> { };
    private Consumer<Shell> login;

    private Display display;
    private E4Workbench workbench;
    private MApplication application;
    private MWindow window;
    private DialogWatch dialogs;
    private final HangReport hangReport = new HangReport();

    private WorkbenchExtension(String applicationXmi, List<String> extraArgs) {
        this.applicationXmi = applicationXmi;
        this.extraArgs = extraArgs;
    }

    /**
     * @param applicationXmi bundle-relative, like the product's applicationXMI property
     * @param extraArgs      further E4 arguments; the saved layout is always cleared and never saved,
     *                       so every test class starts from the application model as shipped
     */
    public static WorkbenchExtension forApplication(String applicationXmi, String... extraArgs) {
        return new WorkbenchExtension(applicationXmi, List.of(extraArgs));
    }

    /** Work to do before the workbench starts, e.g. connecting and filling a test database. */
    public WorkbenchExtension beforeStart(Runnable work) {
        this.beforeStart = work;
        return this;
    }

    /** Logs in at start as this user, by typing into the login dialog. */
    public WorkbenchExtension loggaIn(String anvandarnamn, String losenord) {
        return loggaIn(dialog -> typeLogin(dialog, anvandarnamn, losenord));
    }

    /** Answers the login dialog at start with the test's own steps (e.g. a wrong password first). */
    public WorkbenchExtension loggaIn(Consumer<Shell> svar) {
        this.login = svar;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (EARLIER_WORKBENCH.getAndSet(true)) {
            ModelAssemblerRestart.restart();
        }
        // before any part or service reads the day: the workbench runs on the tests' fixed clock
        Testklocka.registrera();
        beforeStart.run();
        display = Display.getDefault();
        dialogs = new DialogWatch(display, DATA_KEY);
        dialogs.answer(LOGIN_DIALOG, login != null ? login : StandardUser.create());
        dialogs.start();
        List<String> args = new ArrayList<>(List.of("-applicationXMI", applicationXmi, "-clearPersistedState", "-persistState", "false"));
        args.addAll(extraArgs);
        workbench = new E4Application().createE4Workbench(new TestApplicationContext(args.toArray(String[]::new)), display);
        application = workbench.getApplication();
        window = application.getChildren().get(0);
        application.setSelectedElement(window);
        workbench.createAndRunUI(window);
        if (window.getWidget() == null) {
            throw new AssertionError("the workbench did not open: the login failed or was cancelled " + dialogs.takeClosed(),
                    dialogs.takeFailures().stream().findFirst().orElse(null));
        }
        shell().setActive();
        dialogs.setMain(shell());
        spin();
    }

    /** Types user name and password into the login dialog and presses Logga in. */
    public static void typeLogin(Shell dialog, String anvandarnamn, String losenord) {
        type(required(dialog, Text.class, LOGIN_USER), anvandarnamn);
        type(required(dialog, Text.class, LOGIN_PASSWORD), losenord);
        click(required(dialog, Button.class, LOGIN_OK));
    }

    /**
     * Answers the next login dialog (after Arkiv > Logga ut) by typing this user; the dialog must
     * open within the next event loop, e.g. from {@link #clickMenu}.
     */
    public void nextLogin(String anvandarnamn, String losenord) {
        answerDialog(LOGIN_DIALOG, dialog -> typeLogin(dialog, anvandarnamn, losenord));
    }

    /**
     * Answers the next modal dialog whose shell carries {@code dialogId} (before any answer queued with
     * {@link #answerNextDialog}): the answer runs inside the dialog's event loop and normally ends by
     * pressing one of its buttons. Register it before the action that opens the dialog. A failed
     * assertion in the answer fails the test when the action returns or at the next spin.
     */
    public void answerDialog(String dialogId, Consumer<Shell> answer) {
        dialogs.answer(dialogId, answer);
    }

    /** Sets a text field's text as typing would: the field's Modify listeners run. */
    public static void type(Text field, String text) {
        field.setFocus();
        field.setText(text);
    }

    /** Presses a button as a click would; a radio button or check box first changes its state. */
    public static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != button && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        Display display = button.getDisplay();
        button.notifyListeners(SWT.Selection, new Event());
        awaitBackground(display);
    }

    /**
     * Runs the event loop until the background work a click started ({@link Bakgrund}) has shown its
     * result: the click is done when the user would see it done (a login checked, a save stored).
     */
    private static void awaitBackground(Display display) {
        long end = System.nanoTime() + BACKGROUND_TIMEOUT.toNanos();
        while (!display.isDisposed() && Job.getJobManager().find(Bakgrund.FAMILJ).length > 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the parts' background work did not finish within " + BACKGROUND_TIMEOUT);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        while (!display.isDisposed() && display.readAndDispatch()) {
            // drain the results the work posted
        }
    }

    /** The control under {@code parent} (a dialog's shell, say) that carries {@code id}; fails when there is none. */
    public static <T extends Control> T required(Composite parent, Class<T> type, String id) {
        T found = find(parent, type, id);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " " + id + " in " + parent);
        }
        return found;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        hangReport.start(context.getDisplayName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        hangReport.stop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (dialogs != null) {
                dialogs.stop();
            }
            if (workbench != null) {
                workbench.close();
            }
            spin();
        } finally {
            if (application != null && application.getContext() != null) {
                application.getContext().dispose();
            }
            ContextInjectionFactory.setDefault(null);
            workbench = null;
        }
    }

    public MApplication application() {
        return application;
    }

    public MWindow window() {
        return window;
    }

    public IEclipseContext context() {
        return application.getContext();
    }

    public Display display() {
        return display;
    }

    public Shell shell() {
        return (Shell) window.getWidget();
    }

    /** Puts a value into the application context, as the lifecycle or a login would, and lets injection follow. */
    public <T> void setContextValue(Class<T> key, T value) {
        context().set(key, value);
        spin();
    }

    /**
     * Dispatches all pending SWT events and runs waiting context updates, after the parts' background
     * reads and saves ({@link Bakgrund}) have shown their results: a step that saved is finished when
     * the user would see it finished.
     */
    public void spin() {
        awaitBackground(display);
        context().processWaiting();
    }

    /**
     * Runs the event loop until every part's background read or save ({@link Bakgrund}) has finished
     * and shown its result.
     */
    public void waitForBackground() {
        spinUntil("the parts' background work", () -> Job.getJobManager().find(Bakgrund.FAMILJ).length == 0, BACKGROUND_TIMEOUT);
        spin();
    }

    /**
     * Runs the event loop until the condition holds (background jobs post their results through it).
     * Fails at once when the workbench opened a modal dialog, with the dialog's text.
     */
    public void spinUntil(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertNoDialogs();
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        assertNoDialogs();
    }

    /** The texts of the modal dialogs the workbench opened and this extension closed since the last call. */
    public List<String> closedDialogs() {
        return dialogs.takeClosed();
    }

    /**
     * Hands the next modal dialog the workbench opens to {@code answer} instead of closing it as
     * unexpected: the answer finds its widgets with {@link #findControl(Composite, Class, String)},
     * drives them (it may {@link #spinUntil} inside the dialog's event loop) and closes the dialog.
     */
    public void answerNextDialog(Consumer<Shell> answer) {
        dialogs.answerNext(answer);
    }

    /** True while an answer given to {@link #answerNextDialog} has not met its dialog yet. */
    public boolean dialogAnswerPending() {
        return dialogs.answersPending();
    }

    private void assertNoDialogs() {
        assertAnswersPassed();
        List<String> closed = dialogs.takeClosed();
        if (!closed.isEmpty()) {
            throw new AssertionError("the workbench opened a dialog: " + closed);
        }
    }

    /** Fails when an answer to a dialog failed or an unexpected dialog was closed. */
    public void assertDialogsAnswered() {
        assertNoDialogs();
    }

    private void assertAnswersPassed() {
        List<Throwable> failures = dialogs.takeFailures();
        if (!failures.isEmpty()) {
            throw new AssertionError("a dialog's answer failed: " + failures.get(0), failures.get(0));
        }
    }

    /** The control in the main window that carries {@code id} under {@link #DATA_KEY}, or null. */
    public <T extends Control> T findControl(Class<T> type, String id) {
        return find(shell(), type, id);
    }

    /** The control under {@code root} (e.g. a dialog's shell) that carries {@code id} under {@link #DATA_KEY}, or null. */
    public <T extends Control> T findControl(Composite root, Class<T> type, String id) {
        return find(root, type, id);
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String id) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c) && id.equals(c.getData(DATA_KEY))) {
                return type.cast(c);
            }
            if (c instanceof Composite composite) {
                T nested = find(composite, type, id);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** Activates a part as a click into it would. */
    public MPart activatePart(String partId) {
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.findPart(partId);
        if (part == null) {
            throw new AssertionError("no part " + partId);
        }
        parts.activate(part);
        spin();
        return part;
    }

    /** The element id of the window's active part, or null. */
    public String activePartId() {
        MPart active = window.getContext().get(EPartService.class).getActivePart();
        return active == null ? null : active.getElementId();
    }

    /** Executes a command through the window's command and handler services, like a key binding. */
    public Object executeCommand(String commandId, Map<String, Object> parameters) {
        IEclipseContext ctx = window.getContext();
        ParameterizedCommand command = ctx.get(ECommandService.class).createCommand(commandId, parameters == null ? Map.of() : parameters);
        if (command == null) {
            throw new AssertionError("command not defined: " + commandId);
        }
        EHandlerService handlers = ctx.get(EHandlerService.class);
        if (!handlers.canExecute(command)) {
            throw new AssertionError("command has no enabled handler: " + commandId);
        }
        Object result = handlers.executeHandler(command);
        spin();
        assertAnswersPassed();
        return result;
    }

    /** The labels of a main menu's items (mnemonics and accelerators removed); no path gives the menu bar. */
    public List<String> menuLabels(String... labelPath) {
        return new MainMenu(shell(), this::spin).labels(labelPath);
    }

    /** Whether a main menu item (by its label path, e.g. "Visa", "Insats") is enabled, as its handler decides now. */
    public boolean menuEnabled(String... labelPath) {
        return new MainMenu(shell(), this::spin).enabled(labelPath);
    }

    /** Selects a main menu item by its label path, e.g. "Visa", "Kund", as a mouse click would. */
    public void clickMenu(String... labelPath) {
        new MainMenu(shell(), this::spin).click(labelPath);
        assertAnswersPassed();
    }

    /** Saves the main window as a PNG in the directory of system property kundval.screenshots. */
    public Path screenshot(String name) throws IOException {
        return WindowScreenshot.save(shell(), screenshotFile(name));
    }

    /** Saves a dialog's client area as a PNG in the directory of system property kundval.screenshots. */
    public Path screenshot(Shell shell, String name) throws IOException {
        return WindowScreenshot.saveClientArea(shell, screenshotFile(name));
    }

    private static Path screenshotFile(String name) {
        return Path.of(System.getProperty("kundval.screenshots", "target/screenshots"), name + ".png");
    }
}
