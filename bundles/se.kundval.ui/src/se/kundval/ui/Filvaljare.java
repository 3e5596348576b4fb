package se.kundval.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Asks the user where to save a file or which folder or file to read. The dialogs start in the
 * folder the user chose last (a personal preference, kept on this PC), the first time in the
 * user's documents folder. Parts take a Filvaljare from their context when one is there (a test puts
 * one that answers without a native dialog, which no test can click; decision 0117) and otherwise use
 * this one, which opens the platform's dialogs.
 */
public class Filvaljare {

    static final String NOD = "se.kundval.ui"; //$NON-NLS-1$
    static final String SENASTE_MAPP = "filvaljare.senasteMapp"; //$NON-NLS-1$

    /**
     * @param forslag    the file name offered, e.g. beslutsbrev-K000123-I000045-2026-12-06.pdf ({@link Filnamn})
     * @param filandelse the suffix the filter shows, e.g. pdf
     * @return the chosen file, or null when the user cancelled
     */
    public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
        FileDialog dialog = new FileDialog(skal, SWT.SAVE);
        dialog.setText(rubrik);
        dialog.setFilterPath(startmapp().toString());
        dialog.setFileName(forslag);
        dialog.setFilterExtensions(new String[] {"*." + filandelse}); //$NON-NLS-1$
        dialog.setOverwrite(true);
        return minns(dialog.open(), true);
    }

    /** @return the chosen file to read, or null when the user cancelled */
    public Path oppna(Shell skal, String rubrik, String filandelse) {
        FileDialog dialog = new FileDialog(skal, SWT.OPEN);
        dialog.setText(rubrik);
        dialog.setFilterPath(startmapp().toString());
        dialog.setFilterExtensions(new String[] {"*." + filandelse, "*"}); //$NON-NLS-1$ //$NON-NLS-2$
        return minns(dialog.open(), true);
    }

    /** @return the chosen folder, or null when the user cancelled */
    public Path katalog(Shell skal, String rubrik, String meddelande) {
        DirectoryDialog dialog = new DirectoryDialog(skal);
        dialog.setText(rubrik);
        dialog.setMessage(meddelande);
        dialog.setFilterPath(startmapp().toString());
        return minns(dialog.open(), false);
    }

    /** Where the next dialog starts: the last folder chosen if it still exists, else the documents folder. */
    public Path startmapp() {
        String senaste = installningar().get(SENASTE_MAPP, null);
        if (senaste != null && Files.isDirectory(Path.of(senaste))) {
            return Path.of(senaste);
        }
        return Dokumentmapp.hitta();
    }

    /** Remembers the folder of a choice (the folder itself when a folder was chosen). */
    protected Path minns(String vald, boolean arFil) {
        if (vald == null) {
            return null;
        }
        Path val = Path.of(vald);
        Path mapp = arFil ? val.toAbsolutePath().getParent() : val;
        if (mapp != null) {
            IEclipsePreferences installningar = installningar();
            installningar.put(SENASTE_MAPP, mapp.toString());
            try {
                installningar.flush();
            } catch (BackingStoreException e) {
                // only a convenience is lost: the next dialog starts in the documents folder again
            }
        }
        return val;
    }

    /** The user's preferences of this bundle (instance scope: per user and PC, as personal UI choices are). */
    protected IEclipsePreferences installningar() {
        return InstanceScope.INSTANCE.getNode(NOD);
    }
}
