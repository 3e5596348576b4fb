package se.kundval.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the main menu bar by label. Each menu is sent SWT.Show first, as when the user opens it:
 * the E4 menu renderer fills and enables the items only then.
 */
final class MainMenu {

    private final Shell shell;
    private final Runnable spin;

    MainMenu(Shell shell, Runnable spin) {
        this.shell = shell;
        this.spin = spin;
    }

    List<String> labels(String... labelPath) {
        Menu menu = shell.getMenuBar();
        for (String label : labelPath) {
            menu = item(menu, label).getMenu();
        }
        show(menu);
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(plain(item));
            }
        }
        return labels;
    }

    boolean enabled(String... labelPath) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : labelPath) {
            item = item(menu, label);
            menu = item.getMenu();
        }
        return item != null && item.isEnabled();
    }

    void click(String... labelPath) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : labelPath) {
            item = item(menu, label);
            menu = item.getMenu();
        }
        if (item == null || !item.isEnabled()) {
            throw new AssertionError("menu item disabled: " + String.join(" > ", labelPath));
        }
        item.notifyListeners(SWT.Selection, new Event());
        spin.run();
    }

    private MenuItem item(Menu menu, String label) {
        if (menu == null) {
            throw new AssertionError("no sub menu at " + label);
        }
        show(menu);
        for (MenuItem candidate : menu.getItems()) {
            if (label.equals(plain(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("menu item not found: " + label);
    }

    private void show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        spin.run();
    }

    private static String plain(MenuItem item) {
        return item.getText().replace("&", "").replaceFirst("\\t.*$", "");
    }
}
