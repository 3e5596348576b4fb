package se.kundval.persistence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The database ids of every exported kund or insats in the order of the export's files, cut into
 * pages (decision 0481). The order is Java's {@link String#compareTo} of the key, as the files are
 * sorted, never the database's: H2 and PostgreSQL collate strings differently. Once cut only the
 * ids and the page bounds are kept, a dozen bytes per row; the keys are needed only to sort.
 */
final class Exportsidor {

    /** Rows of the export's order: its key, its id, and how many child rows it brings (its weight). */
    record Nyckel(String nyckel, long id, int rader) {
    }

    private final long[] ids;
    private final int[] granser;

    private Exportsidor(long[] ids, int[] granser) {
        this.ids = ids;
        this.granser = granser;
    }

    /**
     * Sorts the keys and cuts pages of at most {@code perSida} rows that bring at most
     * {@code raderPerSida} child rows together; a row heavier than that is a page of its own.
     */
    static Exportsidor av(Stream<Nyckel> nycklar, int perSida, int raderPerSida) {
        List<Nyckel> sorterade = nycklar.collect(Collectors.toCollection(ArrayList::new));
        sorterade.sort(Comparator.comparing(Nyckel::nyckel));
        long[] ids = new long[sorterade.size()];
        int[] granser = new int[sorterade.size() + 1];
        int sidor = 0;
        int iSidan = 0;
        long raderISidan = 0;
        for (int i = 0; i < ids.length; i++) {
            Nyckel n = sorterade.get(i);
            sorterade.set(i, null);
            if (iSidan > 0 && (iSidan == perSida || raderISidan + n.rader() > raderPerSida)) {
                granser[++sidor] = i;
                iSidan = 0;
                raderISidan = 0;
            }
            ids[i] = n.id();
            iSidan++;
            raderISidan += n.rader();
        }
        if (iSidan > 0) {
            granser[++sidor] = ids.length;
        }
        return new Exportsidor(ids, Arrays.copyOf(granser, sidor + 1));
    }

    int antal() {
        return ids.length;
    }

    /** Hands each page's ids over in order. */
    void varjeSida(Consumer<List<Long>> sida) {
        for (int s = 0; s + 1 < granser.length; s++) {
            sida.accept(Arrays.stream(ids, granser[s], granser[s + 1]).boxed().toList());
        }
    }
}
