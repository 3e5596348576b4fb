package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.csv.Csvlasare;
import se.kundval.core.csv.Csvlasning;
import se.kundval.core.csv.Csvrad;
import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesrad;

/**
 * Reads one interchange file (DOMAIN §9) with the product's CSV codec: the exact header as line 1,
 * then one row per record with exactly as many fields as the header. Empty lines are skipped but
 * counted; a field may hold a semicolon, a quote or a line break inside quotes.
 */
final class Fillasning {

    /**
     * What a file held.
     *
     * @param rader   the rows that could be split into the header's fields
     * @param trasiga the first field of every row that could not (its key, so that references to
     *                it are not reported a second time)
     * @param lasbar  false when the header was wrong or missing, or the file could not be read to
     *                its end: nothing can then be said about references to its rows
     */
    record Lasning(List<Utbytesrad> rader, Set<String> trasiga, boolean lasbar) {
    }

    private Fillasning() {
    }

    static Lasning las(Path fil, List<String> kolumner, Fellista fel) throws IOException {
        Csvlasning csv = Csvlasare.las(fil);
        csv.fel().forEach(f -> fel.fel(f.rad(), f.meddelande()));
        String rubrik = String.join(";", kolumner); //$NON-NLS-1$
        List<Csvrad> poster = csv.rader();
        if (poster.isEmpty() && csv.hel()) {
            fel.fel(1, NLS.bind(Messages.tomFil, rubrik));
            return new Lasning(List.of(), Set.of(), false);
        }
        if (poster.isEmpty()) {
            return new Lasning(List.of(), Set.of(), false);
        }
        Csvrad forsta = poster.get(0);
        if (forsta.rad() != 1 || !forsta.falt().equals(kolumner)) {
            String text = forsta.rad() == 1 ? String.join(";", forsta.falt()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
            fel.fel(1, NLS.bind(Messages.felRubrik, rubrik, text));
            return new Lasning(List.of(), Set.of(), false);
        }
        List<Utbytesrad> rader = new ArrayList<>();
        Set<String> trasiga = new HashSet<>();
        for (Csvrad post : poster.subList(1, poster.size())) {
            if (post.falt().size() != kolumner.size()) {
                fel.fel(post.rad(), NLS.bind(Messages.antalFalt, post.falt().size(), kolumner.size()));
                trasiga.add(post.falt().get(0));
            } else if (Falttecken.granska(kolumner, post.falt(), meddelande -> fel.fel(post.rad(), meddelande))) {
                rader.add(new Utbytesrad(post.rad(), post.falt()));
            } else {
                trasiga.add(post.falt().get(0));
            }
        }
        return new Lasning(rader, trasiga, csv.hel());
    }
}
