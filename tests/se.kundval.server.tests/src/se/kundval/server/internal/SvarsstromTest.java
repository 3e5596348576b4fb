package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.json.Jsonkodek;

/**
 * How an answer leaves the server (decisions 0460, 0461), on Jetty without TLS so that only the
 * answer's path is tested: a small one whole with its length, a large one in pieces as it is written
 * and byte for byte what the codec writes, packed only for a client on another machine; a failure while a small answer is written is still a clean
 * 500, and one after the first piece was sent aborts the connection, so the client can never take
 * the first half of an answer for all of it.
 */
class SvarsstromTest {

    private static final int STORT = 40_000;
    private static final String PACKA = "X-Prov-Packa";

    private final Jsonkodek kodek = new Jsonkodek();
    private final HttpClient http = HttpClient.newHttpClient();
    private Server jetty;
    private URI adress;
    private volatile Object kropp;

    @BeforeEach
    void starta() throws Exception {
        jetty = new Server();
        ServerConnector anslutning = new ServerConnector(jetty);
        anslutning.setHost("127.0.0.1");
        jetty.addConnector(anslutning);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                // loopback is never packed: a test asks for it by its own header to see a packed answer
                Svar.ok(kropp).skriv(response, callback, kodek, Api.packas(request) || request.getHeaders().contains(PACKA));
                return true;
            }
        });
        jetty.start();
        adress = URI.create("http://127.0.0.1:" + anslutning.getLocalPort() + "/");
    }

    @AfterEach
    void stoppa() throws Exception {
        jetty.stop();
    }

    private HttpResponse<InputStream> hamta(String... huvuden) throws Exception {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(adress);
        if (huvuden.length > 0) {
            begaran.headers(huvuden);
        }
        return http.send(begaran.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private byte[] stort() throws IOException {
        kropp = Collections.singletonMap("varde", IntStream.range(0, STORT).mapToObj(i -> "rad " + i).toList());
        ByteArrayOutputStream vantat = new ByteArrayOutputStream();
        kodek.skrivMeddelande(kropp, vantat);
        return vantat.toByteArray();
    }

    @Test
    void ettLitetSvarGarHeltMedSinLangd() throws Exception {
        kropp = Collections.singletonMap("varde", "liten");
        HttpResponse<InputStream> svar = hamta();
        try (InputStream in = svar.body()) {
            assertEquals("{\"varde\":\"liten\"}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("17", svar.headers().firstValue("Content-Length").orElse(null));
    }

    @Test
    void ettStortSvarSkickasMedanDetSkrivsOchArSammaByte() throws Exception {
        byte[] vantat = stort();
        assertTrue(vantat.length > 4 * Svarsstrom.BIT, "the answer spans several pieces: " + vantat.length);
        HttpResponse<InputStream> svar = hamta();
        try (InputStream in = svar.body()) {
            assertArrayEquals(vantat, in.readAllBytes());
        }
        assertEquals(200, svar.statusCode());
        assertFalse(svar.headers().firstValue("Content-Length").isPresent(), "sent before its length was known");
        assertEquals("chunked", svar.headers().firstValue("Transfer-Encoding").orElse(null));
    }

    @Test
    void enKlientPaSammaDatorFarSvaretOpackat() throws Exception {
        byte[] vantat = stort();
        HttpResponse<InputStream> svar = hamta("Accept-Encoding", "gzip");
        try (InputStream in = svar.body()) {
            assertArrayEquals(vantat, in.readAllBytes());
        }
        assertFalse(svar.headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void baraEnKlientPaEnAnnanDatorSomBerOmDetFarSvaretPackat() throws Exception {
        InetSocketAddress annan = new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}), 50_000);
        InetSocketAddress samma = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);
        InetSocketAddress sammaV6 = new InetSocketAddress(InetAddress.getByName("::1"), 50_000);
        assertTrue(Api.packas("gzip", annan));
        assertTrue(Api.packas("gzip, deflate", annan));
        assertFalse(Api.packas(null, annan), "a client that does not ask");
        assertFalse(Api.packas("br", annan), "a client that asks for another packing");
        assertFalse(Api.packas("gzip", samma));
        assertFalse(Api.packas("gzip", sammaV6));
    }

    @Test
    void ettPackatSvarArSammaByteUppackade() throws Exception {
        byte[] vantat = stort();
        HttpResponse<InputStream> svar = hamta(PACKA, "ja");
        byte[] packat;
        try (InputStream in = svar.body()) {
            packat = in.readAllBytes();
        }
        assertEquals("gzip", svar.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(packat.length < vantat.length / 4, packat.length + " of " + vantat.length);
        try (InputStream uppackat = new GZIPInputStream(new ByteArrayInputStream(packat))) {
            assertArrayEquals(vantat, uppackat.readAllBytes());
        }
    }

    @Test
    void ettFelInnanNagotSkickatsArEttRentServerfel() throws Exception {
        kropp = Collections.singletonMap("varde", felEfter(50));
        HttpResponse<InputStream> svar = hamta();
        String text;
        try (InputStream in = svar.body()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(500, svar.statusCode());
        assertTrue(text.startsWith("{\"fel\":\"SERVERFEL\",\"meddelande\":\"Ett fel uppstod p\u00e5 servern."), text);
        assertFalse(text.contains("rad 1") || text.contains("Exception") || text.contains("\tat "), text);
    }

    @Test
    void ettFelMittIEttStortSvarBryterForbindelsen() throws Exception {
        kropp = Collections.singletonMap("varde", felEfter(STORT));
        HttpResponse<InputStream> svar = hamta();
        assertEquals(200, svar.statusCode(), "the status went with the first piece");
        try (InputStream in = svar.body()) {
            assertThrows(IOException.class, in::readAllBytes, "the end of the answer never comes");
        }
        kropp = Collections.singletonMap("varde", "liten");
        assertEquals(200, hamta().statusCode(), "the server answers the next request");
    }

    /** Rows, then a failure, as a lazy collection that cannot be loaded fails while it is written. */
    private static Iterable<String> felEfter(int rader) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (i == rader) {
                    throw new IllegalStateException("kan inte l\u00e4sas");
                }
                return "rad " + i++;
            }
        };
    }
}
