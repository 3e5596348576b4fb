package se.kundval.utbyte.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Fellista;

/**
 * Every problem of one import, reported as {@code file:line: message} and listed in the order of
 * the files and their lines, whichever check found it first. Only the first {@value #HOGST} are
 * kept, then a line says how many more there were: a million bad lines must neither fill the
 * memory nor the terminal, and nobody reads past the first thousand.
 */
final class Felsamling {

    static final int HOGST = 1_000;

    private record Fel(int filordning, String fil, int rad, long lopnummer, String meddelande) {
        String text() {
            if (fil == null) {
                return meddelande;
            }
            return rad > 0 ? fil + ':' + rad + ": " + meddelande : fil + ": " + meddelande; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final Comparator<Fel> ORDNING = Comparator.comparingInt(Fel::filordning).thenComparingInt(Fel::rad)
            .thenComparingLong(Fel::lopnummer);

    private final List<String> filordning;
    /** The first {@value #HOGST} in the listing's order; the head is the last of them, dropped first. */
    private final PriorityQueue<Fel> forsta = new PriorityQueue<>(ORDNING.reversed());
    private long antal;

    /** @param filordning the file names in the order their problems are listed; others come last */
    Felsamling(List<String> filordning) {
        this.filordning = List.copyOf(filordning);
    }

    /** Where the rows of one file report; line 0 means the file as a whole. */
    Fellista fil(String fil) {
        int ordning = filordning.indexOf(fil);
        int plats = ordning < 0 ? filordning.size() : ordning;
        return (rad, meddelande) -> lagg(new Fel(plats, fil, rad, antal, meddelande));
    }

    /** A problem of the folder rather than of one file. */
    void allmant(String meddelande) {
        lagg(new Fel(-1, null, 0, antal, meddelande));
    }

    private void lagg(Fel f) {
        antal++;
        forsta.add(f);
        if (forsta.size() > HOGST) {
            forsta.poll();
        }
    }

    boolean tom() {
        return antal == 0;
    }

    /** How many problems were found, also those not kept. */
    long antal() {
        return antal;
    }

    List<String> rader() {
        List<String> rader = new ArrayList<>(forsta.stream().sorted(ORDNING).map(Fel::text).toList());
        if (antal > HOGST) {
            rader.add(NLS.bind(Messages.ochFler, antal - HOGST));
        }
        return rader;
    }
}
