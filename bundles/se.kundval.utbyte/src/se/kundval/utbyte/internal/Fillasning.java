package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.csv.Csvlasare;
import se.kundval.core.csv.Csvfel;
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
        List<Utbytesrad> rader = new ArrayList<>();
        Set<String> trasiga = new HashSet<>();
        boolean lasbar = strom(fil, kolumner, fel, rader::add, trasiga::add);
        return new Lasning(rader, trasiga, lasbar);
    }

    /**
     * Reads the file as a stream, handing each data row that has the header's fields to {@code goda}
     * as it is parsed (decision 0441), and the first field of each that has not to {@code trasiga}.
     *
     * @return false when the header was wrong or missing, or the file could not be read to its end
     */
    static boolean strom(Path fil, List<String> kolumner, Fellista fel, Consumer<Utbytesrad> goda, Consumer<String> trasiga)
            throws IOException {
        String rubrik = String.join(";", kolumner); //$NON-NLS-1$
        // 0: nothing read yet, 1: the header was right, -1: it was not, and no row after it is read
        int[] rubrikens = {0};
        List<Csvfel> csvfel = Csvlasare.las(fil, post -> {
            if (rubrikens[0] == 0) {
                rubrikens[0] = post.rad() == 1 && post.falt().equals(kolumner) ? 1 : -1;
                if (rubrikens[0] < 0) {
                    String text = post.rad() == 1 ? String.join(";", post.falt()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
                    fel.fel(1, NLS.bind(Messages.felRubrik, rubrik, text));
                }
            } else if (rubrikens[0] > 0) {
                rad(post, kolumner, fel, goda, trasiga);
            }
        });
        csvfel.forEach(f -> fel.fel(f.rad(), f.meddelande()));
        if (rubrikens[0] == 0 && csvfel.isEmpty()) {
            fel.fel(1, NLS.bind(Messages.tomFil, rubrik));
        }
        return rubrikens[0] > 0 && csvfel.isEmpty();
    }

    private static void rad(Csvrad post, List<String> kolumner, Fellista fel, Consumer<Utbytesrad> goda, Consumer<String> trasiga) {
        if (post.falt().size() != kolumner.size()) {
            fel.fel(post.rad(), NLS.bind(Messages.antalFalt, post.falt().size(), kolumner.size()));
            trasiga.accept(post.falt().get(0));
        } else if (Falttecken.granska(kolumner, post.falt(), meddelande -> fel.fel(post.rad(), meddelande))) {
            goda.accept(new Utbytesrad(post.rad(), post.falt()));
        } else {
            trasiga.accept(post.falt().get(0));
        }
    }
}
