package se.kundval.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The user's documents folder, where a file dialog starts the first time: what the desktop says
 * ({@code xdg-user-dir DOCUMENTS}, which knows a Swedish "Dokument" as well as a moved folder),
 * else ~/Dokument or ~/Documents when they exist, else the home folder. Never the program's folder,
 * where a letter saved by a user would be lost at the next upgrade.
 */
final class Dokumentmapp {

    private static final long VANTA_SEKUNDER = 2;

    private Dokumentmapp() {
    }

    static Path hitta() {
        return valj(Path.of(System.getProperty("user.home")), xdgSvar()); //$NON-NLS-1$
    }

    /** @param xdg what xdg-user-dir answered, or null when it could not be asked */
    static Path valj(Path hem, String xdg) {
        if (xdg != null && !xdg.isBlank()) {
            Path svar = Path.of(xdg.strip());
            // xdg-user-dir answers the home folder itself when no documents folder is configured
            if (Files.isDirectory(svar) && !svar.equals(hem)) {
                return svar;
            }
        }
        for (String namn : new String[] {"Dokument", "Documents"}) { //$NON-NLS-1$ //$NON-NLS-2$
            if (Files.isDirectory(hem.resolve(namn))) {
                return hem.resolve(namn);
            }
        }
        return hem;
    }

    private static String xdgSvar() {
        try {
            Process p = new ProcessBuilder("xdg-user-dir", "DOCUMENTS").redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
            if (!p.waitFor(VANTA_SEKUNDER, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // not a freedesktop system (or no xdg-user-dirs): the fallbacks decide
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
