package se.kundval.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;

/**
 * The body of one answer, sent while it is written (decision 0460): the first {@value #BIT} bytes
 * are held, so a small answer, which is nearly every answer, goes whole with its length and a
 * failure while it is written is still a clean error; a larger one is sent in pieces of that size
 * (chunked), so the client reads and binds the first lines while the server writes the next.
 * Jackson's flushes are not passed on: a piece smaller than {@value #BIT} bytes is sent only as the
 * last one.
 */
final class Svarsstrom extends OutputStream {

    /** Four TLS records: large enough that a piece costs little, small enough that reading starts at once. */
    static final int BIT = 64 * 1024;

    /** The client went away or the connection broke while the answer was sent; nothing here is at fault. */
    static final class Avbrott extends IOException {

        private static final long serialVersionUID = 1L;

        Avbrott(IOException orsak) {
            super(orsak);
        }
    }

    private final Response response;
    private final byte[] bit = new byte[BIT];
    private int fyllt;
    private boolean paborjat;

    Svarsstrom(Response response) {
        this.response = response;
    }

    /** Whether some of the answer has been sent: after that, its status can no longer change. */
    boolean paborjat() {
        return paborjat;
    }

    @Override
    public void write(int b) throws IOException {
        if (fyllt == BIT) {
            skicka(false);
        }
        bit[fyllt++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int fran, int langd) throws IOException {
        int kvar = langd;
        int vid = fran;
        while (kvar > 0) {
            if (fyllt == BIT) {
                skicka(false);
            }
            int n = Math.min(kvar, BIT - fyllt);
            System.arraycopy(b, vid, bit, fyllt, n);
            fyllt += n;
            vid += n;
            kvar -= n;
        }
    }

    /** Sends what is left as the last piece; an answer that never filled a piece goes whole, with its length. */
    void avsluta() throws IOException {
        skicka(true);
    }

    private void skicka(boolean sista) throws IOException {
        paborjat = true;
        try {
            // blocks until Jetty has taken the bytes, so the array is free again when it returns
            Content.Sink.write(response, sista, ByteBuffer.wrap(bit, 0, fyllt));
        } catch (IOException e) {
            throw new Avbrott(e);
        }
        fyllt = 0;
    }
}
