package se.kundval.utbyte.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.kundval.core.utbyte.Fellista;

/**
 * Every problem of one import, reported as {@code file:line: message} and listed in the order of
 * the files and their lines, whichever check found it first.
 */
final class Felsamling {

    private record Fel(int filordning, String fil, int rad, String meddelande) {
        String text() {
            if (fil == null) {
                return meddelande;
            }
            return rad > 0 ? fil + ':' + rad + ": " + meddelande : fil + ": " + meddelande; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final List<String> filordning;
    private final List<Fel> fel = new ArrayList<>();

    /** @param filordning the file names in the order their problems are listed; others come last */
    Felsamling(List<String> filordning) {
        this.filordning = List.copyOf(filordning);
    }

    /** Where the rows of one file report; line 0 means the file as a whole. */
    Fellista fil(String fil) {
        int ordning = filordning.indexOf(fil);
        int plats = ordning < 0 ? filordning.size() : ordning;
        return (rad, meddelande) -> fel.add(new Fel(plats, fil, rad, meddelande));
    }

    /** A problem of the folder rather than of one file. */
    void allmant(String meddelande) {
        fel.add(new Fel(-1, null, 0, meddelande));
    }

    boolean tom() {
        return fel.isEmpty();
    }

    List<String> rader() {
        return fel.stream().sorted(Comparator.comparingInt(Fel::filordning).thenComparing(Fel::rad)).map(Fel::text).toList();
    }
}
