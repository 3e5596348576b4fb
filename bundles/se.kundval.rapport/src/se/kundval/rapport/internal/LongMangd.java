package se.kundval.rapport.internal;

import java.util.Arrays;

/**
 * A set of database ids without boxing: a yearly report adds a few hundred thousand kund ids per
 * row, and counting them once each is what "unique kunder" means. Open addressing, linear probing.
 */
final class LongMangd {

    private static final long TOM = Long.MIN_VALUE;

    private long[] platser = nyTabell(16);
    private int antal;

    /** Adds the id; true when it was not there before. */
    boolean add(long id) {
        if (id == TOM) {
            throw new IllegalArgumentException("id " + id); //$NON-NLS-1$
        }
        if (2 * (antal + 1) > platser.length) {
            vaxa();
        }
        int i = plats(id, platser.length);
        while (platser[i] != TOM) {
            if (platser[i] == id) {
                return false;
            }
            i = (i + 1) & (platser.length - 1);
        }
        platser[i] = id;
        antal++;
        return true;
    }

    int size() {
        return antal;
    }

    private void vaxa() {
        long[] gamla = platser;
        platser = nyTabell(gamla.length * 2);
        for (long id : gamla) {
            if (id != TOM) {
                int i = plats(id, platser.length);
                while (platser[i] != TOM) {
                    i = (i + 1) & (platser.length - 1);
                }
                platser[i] = id;
            }
        }
    }

    private static long[] nyTabell(int storlek) {
        long[] t = new long[storlek];
        Arrays.fill(t, TOM);
        return t;
    }

    /** Spreads sequence-allocated ids (which share low bits) over the table. */
    private static int plats(long id, int storlek) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (storlek - 1);
    }
}
