package se.kundval.kund.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user where to save a file (decision 0117): taken from the context when one is there (a
 * test's, which answers without a native dialog) and otherwise this one, the platform's save dialog.
 */
public class Filvaljare {

    /** @return the chosen file, or null when the user cancelled */
    public Path sparaSom(Shell skal, String rubrik, String forslag, String... filandelser) {
        FileDialog dialog = new FileDialog(skal, SWT.SAVE);
        dialog.setText(rubrik);
        dialog.setFileName(forslag);
        String[] filter = new String[filandelser.length];
        for (int i = 0; i < filandelser.length; i++) {
            filter[i] = "*." + filandelser[i]; //$NON-NLS-1$
        }
        dialog.setFilterExtensions(filter);
        dialog.setOverwrite(true);
        String vald = dialog.open();
        return vald == null ? null : Path.of(vald);
    }
}
