package se.kundval.rapport.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user where to save a file or which folder to read. The parts take it from their context
 * when one is there (a test puts one that answers without a native dialog, which no test can
 * click) and otherwise use this one, which opens the platform's dialogs.
 */
public class Filvaljare {

    /**
     * @param forslag    the file name offered, e.g. kvalitetsrapport-2024-01-01-2024-12-31.pdf
     * @param filandelse the suffix the filter shows, e.g. xlsx
     * @return the chosen file, or null when the user cancelled
     */
    public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
        FileDialog dialog = new FileDialog(skal, SWT.SAVE);
        dialog.setText(rubrik);
        dialog.setFileName(forslag);
        dialog.setFilterExtensions(new String[] {"*." + filandelse}); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String vald = dialog.open();
        return vald == null ? null : Path.of(vald);
    }

    /** @return the chosen folder, or null when the user cancelled */
    public Path katalog(Shell skal, String rubrik, String meddelande) {
        DirectoryDialog dialog = new DirectoryDialog(skal);
        dialog.setText(rubrik);
        dialog.setMessage(meddelande);
        String vald = dialog.open();
        return vald == null ? null : Path.of(vald);
    }
}
