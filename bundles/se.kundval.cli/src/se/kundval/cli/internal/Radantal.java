package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.UtbytesService.Filrader;

/** The rows per file that import, export and demo print, one file a line. */
final class Radantal {

    private Radantal() {
    }

    static void skriv(PrintStream ut, List<Filrader> antal) {
        for (Filrader f : antal) {
            ut.println(NLS.bind(f.rader() == 1 ? Messages.enRad : Messages.rader, f.fil(), f.rader()));
        }
    }
}
