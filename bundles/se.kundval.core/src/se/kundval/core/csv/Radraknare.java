package se.kundval.core.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Passes the text on to the parser and notes where each line that is not empty begins, so a record
 * can be given the line it starts on without the text being kept: only the lines the parser has read
 * ahead and not yet asked about are held. A line ends at LF, CR LF or a lone CR, as the parser sees it.
 */
final class Radraknare extends FilterReader {

    /** Start and line number of each line not yet asked about, in pairs, from {@link #forsta} to {@link #antal}. */
    private long[] starter = new long[256];
    private int forsta;
    private int antal;
    private long position;
    private int rad = 1;
    private boolean radstart = true;
    private boolean efterCr;

    Radraknare(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] ett = new char[1];
        return read(ett, 0, 1) < 0 ? -1 : ett[0];
    }

    @Override
    public int read(char[] buffert, int fran, int langd) throws IOException {
        int lasta = super.read(buffert, fran, langd);
        for (int i = fran; i < fran + lasta; i++) {
            tecken(buffert[i]);
        }
        return lasta;
    }

    @Override
    public long skip(long antal) throws IOException {
        char[] over = new char[(int) Math.min(antal, 8192)];
        long kvar = antal;
        while (kvar > 0) {
            int lasta = read(over, 0, (int) Math.min(kvar, over.length));
            if (lasta < 0) {
                break;
            }
            kvar -= lasta;
        }
        return antal - kvar;
    }

    private void tecken(char c) {
        if (efterCr && c == '\n') {
            // the LF of a CR LF: the line ended at the CR
            efterCr = false;
            position++;
            return;
        }
        efterCr = false;
        if (radstart && c != '\n' && c != '\r') {
            notera(position, rad);
        }
        radstart = c == '\n' || c == '\r';
        if (radstart) {
            rad++;
            efterCr = c == '\r';
        }
        position++;
    }

    private void notera(long start, int nummer) {
        if (antal + 2 > starter.length) {
            int kvar = antal - forsta;
            if (kvar + 2 > starter.length / 2) {
                starter = Arrays.copyOf(starter, starter.length * 2);
            }
            System.arraycopy(starter, forsta, starter, 0, kvar);
            forsta = 0;
            antal = kvar;
        }
        starter[antal++] = start;
        starter[antal++] = nummer;
    }

    /**
     * The line a record starts on, from the position the parser gives it (where the previous record
     * ended): the first line at or after it that is not empty, as the parser skips empty lines.
     * Positions are asked for in increasing order.
     */
    int rad(long fran) {
        while (forsta < antal && starter[forsta] < fran) {
            forsta += 2;
        }
        return forsta < antal ? (int) starter[forsta + 1] : rad;
    }

    /** How many lines the text passed so far has, a last one without line end included. */
    int rader() {
        return rad;
    }
}
