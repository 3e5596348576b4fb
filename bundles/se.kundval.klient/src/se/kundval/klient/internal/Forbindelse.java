package se.kundval.klient.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLHandshakeException;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.json.Jsonkodek;
import se.kundval.klient.Forbindelsefel;

/**
 * HTTPS to one server whose certificate is pinned (protocol v1): JSON in, JSON out, the session's
 * token in every request, and every failure turned into the exception the user's code already
 * knows ({@link Felsvar}) or, when the server does not answer, {@link Forbindelsefel}.
 */
public final class Forbindelse {

    private static final String JSON = "application/json; charset=utf-8"; //$NON-NLS-1$
    private static final Duration ANSLUTNING = Duration.ofSeconds(5);
    /** A year's report may take a while on the server; a hung one must still end some time. */
    private static final Duration SVAR = Duration.ofMinutes(3);
    /** Until a streamed answer begins: the server imports or exports the whole register first. */
    private static final Duration STROM = Duration.ofMinutes(30);
    private static final String GZIP = "gzip"; //$NON-NLS-1$
    private static final int UPPACKNING = 64 * 1024;

    private final URI server;
    private final HttpClient http;
    private final Jsonkodek kodek;
    private final Klient.Typ klient;
    private volatile String token;

    public Forbindelse(URI server, String fingeravtryck, Jsonkodek kodek, Klient.Typ klient) {
        this.server = server;
        this.kodek = kodek;
        this.klient = klient;
        // the server speaks HTTP/1.1 only: offering HTTP/2 as well would only lengthen every handshake
        this.http = HttpClient.newBuilder().sslContext(Certifikatnal.betrodd(fingeravtryck)).connectTimeout(ANSLUTNING)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI server() {
        return server;
    }

    public Jsonkodek kodek() {
        return kodek;
    }

    void token(String nytt) {
        token = nytt;
    }

    boolean harToken() {
        return token != null;
    }

    /** What makes the caller's value of a successful answer's body. */
    @FunctionalInterface
    public interface Svarslasare<T> {
        T las(InputStream kropp) throws IOException;
    }

    /**
     * Posts {@code kropp} as JSON to {@code vag} (below the server's address) and returns the answer's
     * JSON, or null for 204. An error answer is thrown as {@link Felsvar} says.
     *
     * @param plats the part, page or command for the access log; null when the caller named none
     */
    public JsonNode post(String vag, Object kropp, String plats) {
        return post(vag, kropp, plats, in -> las(in.readAllBytes()));
    }

    /**
     * Posts as {@link #post(String, Object, String)} does, and hands a successful answer's bytes to
     * {@code lasare} as they arrive, so a large answer is bound while the server still writes it,
     * never made text or a tree first (decision 0460). An error answer is thrown as {@link Felsvar}
     * says; an answer that breaks off is {@link Forbindelsefel}, nothing of it taken.
     */
    public <T> T post(String vag, Object kropp, String plats, Svarslasare<T> lasare) {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(server.resolve(vag)).timeout(SVAR)
                .header("Content-Type", JSON).header("Accept", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .header("X-Kundval-Klient", klient.name()) //$NON-NLS-1$
                // the server packs only for a client on another machine (decision 0461)
                .header("Accept-Encoding", GZIP) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(skriv(kropp)));
        String aktuellt = token;
        if (aktuellt != null) {
            begaran.header("Authorization", "Bearer " + aktuellt); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (plats != null) {
            begaran.header("X-Kundval-Plats", plats); //$NON-NLS-1$
        }
        HttpResponse<InputStream> svar = skicka(begaran.build(), HttpResponse.BodyHandlers.ofInputStream());
        // read as it arrives, to its end and closed, so that the connection is free for the next call
        try (InputStream strom = svar.body()) {
            InputStream in = svar.headers().firstValue("Content-Encoding").filter(GZIP::equalsIgnoreCase).isPresent() //$NON-NLS-1$
                    ? new GZIPInputStream(strom, UPPACKNING) : strom;
            if (svar.statusCode() / 100 != 2) {
                throw Felsvar.undantag(svar.statusCode(), las(in.readAllBytes()), server);
            }
            T varde = lasare.las(in);
            in.transferTo(OutputStream.nullOutputStream());
            strom.transferTo(OutputStream.nullOutputStream());
            return varde;
        } catch (JsonProcessingException e) {
            throw new KundvalException(NLS.bind(Messages.obegripligtSvar, server.getAuthority()), e);
        } catch (IOException e) {
            // the server aborts an answer it cannot finish, and a broken network looks the same from here
            throw new Forbindelsefel(NLS.bind(Messages.svaretAvbrutet, server.getAuthority()), e);
        }
    }

    /**
     * Posts a stream to {@code vag} and returns the answer as a stream, for content too large to
     * hold whole (an interchange folder as ZIP). An error answer is read and thrown as {@link Felsvar}
     * says; the caller closes the body of a successful one.
     *
     * @param huvuden further headers, name and value
     */
    public HttpResponse<InputStream> strom(String vag, HttpRequest.BodyPublisher kropp, String typ, Map<String, String> huvuden) {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(server.resolve(vag)).timeout(STROM)
                .header("Content-Type", typ).header("X-Kundval-Klient", klient.name()).POST(kropp); //$NON-NLS-1$ //$NON-NLS-2$
        huvuden.forEach(begaran::header);
        String aktuellt = token;
        if (aktuellt != null) {
            begaran.header("Authorization", "Bearer " + aktuellt); //$NON-NLS-1$ //$NON-NLS-2$
        }
        HttpResponse<InputStream> svar = skicka(begaran.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (svar.statusCode() / 100 != 2) {
            byte[] fel;
            try (InputStream in = svar.body()) {
                fel = in.readAllBytes();
            } catch (IOException e) {
                throw new Forbindelsefel(NLS.bind(Messages.svararInte, server.getAuthority()), e);
            }
            throw Felsvar.undantag(svar.statusCode(), las(fel), server);
        }
        return svar;
    }

    /** The session ends on the server; a server that does not answer forgets it by itself. */
    void stang() {
        if (token == null) {
            return;
        }
        try {
            post("/api/v1/utloggning", null, null); //$NON-NLS-1$
        } catch (KundvalException e) {
            // logged out here all the same: the server drops an unused session after 30 minutes
        } finally {
            token = null;
        }
    }

    private <T> HttpResponse<T> skicka(HttpRequest begaran, HttpResponse.BodyHandler<T> kropp) {
        try {
            return http.send(begaran, kropp);
        } catch (SSLHandshakeException e) {
            if (orsak(e, Certifikatnal.AnnatCertifikat.class) != null) {
                throw new KundvalException(NLS.bind(Messages.certifikatetAndrat, server.getAuthority()), e);
            }
            throw new Forbindelsefel(NLS.bind(Messages.svararInte, server.getAuthority()), e);
        } catch (IOException e) {
            throw new Forbindelsefel(NLS.bind(Messages.svararInte, server.getAuthority()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Forbindelsefel(NLS.bind(Messages.svararInte, server.getAuthority()), e);
        }
    }

    private byte[] skriv(Object kropp) {
        try {
            if (kropp == null) {
                return new byte[0];
            }
            // as the server reads a message: one form both ways (decision 0471)
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            kodek.skrivMeddelande(kropp, ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteSkicka, e.getMessage()), e);
        }
    }

    private JsonNode las(byte[] kropp) {
        if (kropp.length == 0) {
            return null;
        }
        try {
            return kodek.mapper().readTree(kropp);
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.obegripligtSvar, server.getAuthority()), e);
        }
    }

    private static <T extends Throwable> T orsak(Throwable fel, Class<T> typ) {
        for (Throwable t = fel; t != null; t = t.getCause()) {
            if (typ.isInstance(t)) {
                return typ.cast(t);
            }
        }
        return null;
    }
}
