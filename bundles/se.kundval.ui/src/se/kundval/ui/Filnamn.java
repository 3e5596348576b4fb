package se.kundval.ui;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The file name a save dialog offers: what it is, whom it concerns and the day, e.g.
 * {@code beslutsbrev-K000123-I000045-2026-12-06.pdf}. Naming the kund and insats means the next
 * letter of the day does not overwrite the previous one; the parts are folded to characters every
 * file system accepts.
 */
public final class Filnamn {

    private Filnamn() {
    }

    /**
     * @param vad      what the file holds, e.g. beslutsbrev
     * @param delar    whom or what it concerns (kund id, insats id, a period); nulls and blanks are left out
     * @param dag      the day it was made
     * @param filandelse e.g. pdf
     */
    public static String av(String vad, LocalDate dag, String filandelse, String... delar) {
        String mitt = Arrays.stream(delar).filter(Objects::nonNull).map(Filnamn::vikt).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("-")); //$NON-NLS-1$
        StringBuilder namn = new StringBuilder(vikt(vad));
        if (!mitt.isEmpty()) {
            namn.append('-').append(mitt);
        }
        if (dag != null) {
            namn.append('-').append(dag);
        }
        return namn.append('.').append(filandelse).toString();
    }

    /** "Kund Å/Ö 1" → "Kund-A-O-1": no separators, spaces or accents a file system or mail client might mangle. */
    static String vikt(String del) {
        String utanAccent = Normalizer.normalize(del.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return utanAccent.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
