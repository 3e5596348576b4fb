package se.kundval.benchmarks;

import static se.kundval.benchmarks.Servertabeller.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The floor under the fixed cost of one request (decision 0472): the same small POST as the
 * near-empty call, from the JDK's HttpClient to a bare Jetty 12 handler over TLS 1.3 on loopback in
 * this process, with no Kundval code on either side (no session, no JSON codec, no service), one
 * connection reused, warmed as long as the benchmark warms a short call.
 */
final class Golvmatning {

    private static final byte[] FRAGA = "{\"argument\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SVAR = "{\"varde\":true}".getBytes(StandardCharsets.UTF_8);
    private static final String LOSENORD = "golvmatning";

    private Golvmatning() {
    }

    /** One sentence for below the demo table: the median of {@code varv} calls after at least {@code uppvarmningNs} of calls. */
    static String ettLitetAnrop(Path katalog, int varv, long uppvarmningNs) throws Exception {
        Path lager = nyckel(katalog);
        Server jetty = new Server();
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(lager.toString());
        tls.setKeyStorePassword(LOSENORD);
        tls.setIncludeProtocols("TLSv1.3");
        ServerConnector anslutning = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(new HttpConfiguration()));
        anslutning.setHost("127.0.0.1");
        jetty.addConnector(anslutning);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                try (InputStream in = Content.Source.asInputStream(request)) {
                    in.readAllBytes();
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, SVAR.length);
                response.write(true, ByteBuffer.wrap(SVAR), callback);
                return true;
            }
        });
        jetty.start();
        try (HttpClient http = HttpClient.newBuilder().sslContext(betrodd(lager)).version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest fraga = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + anslutning.getLocalPort() + "/golv"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(FRAGA)).build();
            long start = System.nanoTime();
            for (int i = 0; i < varv || System.nanoTime() - start < uppvarmningNs; i++) {
                http.send(fraga, HttpResponse.BodyHandlers.ofByteArray());
            }
            double[] ms = new double[varv];
            for (int i = 0; i < varv; i++) {
                long t0 = System.nanoTime();
                http.send(fraga, HttpResponse.BodyHandlers.ofByteArray());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            return text("The floor under the near-empty call, in this process after it (median of %d, after at least %d s of "
                    + "the same): a small POST from the JDK's HttpClient to a bare Jetty 12 handler over TLS 1.3 on loopback, "
                    + "no Kundval code on either side, took %.2f ms (p90 %.2f ms).", Integer.valueOf(varv),
                    Long.valueOf(TimeUnit.NANOSECONDS.toSeconds(uppvarmningNs)), Double.valueOf(ms[(varv - 1) / 2]),
                    Double.valueOf(ms[varv * 9 / 10]));
        } finally {
            jetty.stop();
        }
    }

    /** A self-signed EC key for 127.0.0.1, made by the JDK's keytool. */
    private static Path nyckel(Path katalog) throws IOException, InterruptedException {
        Path lager = katalog.resolve("golv.p12");
        Files.deleteIfExists(lager);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "golv", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1",
                "-validity", "2", "-keystore", lager.toString(), "-storetype", "PKCS12", "-storepass", LOSENORD)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool could not make " + lager);
        }
        return lager;
    }

    private static SSLContext betrodd(Path lager) throws Exception {
        KeyStore nycklar = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(lager)) {
            nycklar.load(in, LOSENORD.toCharArray());
        }
        TrustManagerFactory tillit = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tillit.init(nycklar);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tillit.getTrustManagers(), null);
        return ssl;
    }
}
