package se.kundval.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.json.Jsonkodek;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;

/**
 * The real server, started in this process on a free loopback port over a fresh database, and an
 * HTTPS client that trusts exactly the certificate whose fingerprint the server printed, as a
 * client that confirmed it once does. Users: hl1 (handläggare), kv1 (karriärvägledare), all with
 * the password {@link #LOSENORD}.
 */
final class Testserver implements AutoCloseable {

    static final String LOSENORD = "demo-losen-1";
    private static final Pattern ADRESS = Pattern.compile("(https://\\S+)");
    private static final Pattern FINGERAVTRYCK = Pattern.compile("((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");

    final Databasanslutning databas;
    final URI adress;
    final String fingeravtryck;
    final String utskrift;
    private final Kundvalserver server;
    private final HttpClient http;
    private final Jsonkodek kodek = new Jsonkodek();

    Testserver(Testdatabas vilken, Path katalog) throws Exception {
        se.kundval.testsupport.Tjanster.starta("se.kundval.server");
        BundleContext kontext = FrameworkUtil.getBundle(Kundvalserver.class).getBundleContext();
        databas = vilken.ny();
        try (Tjanster starter = new Tjanster(kontext)) {
            se.kundval.testsupport.Tjanster.hamta(Databas.class).anslut(databas);
        }
        anvandare("hl1", Roll.HANDLAGGARE);
        anvandare("kv1", Roll.KARRIARVAGLEDARE);
        server = new Kundvalserver(kontext, InetAddress.getLoopbackAddress(), 0,
                Tlsnyckel.egen(katalog.resolve("server.p12"), se.kundval.testsupport.Tjanster.hamta(Clock.class)));
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        server.skrivAdress(new PrintStream(ut, true, StandardCharsets.UTF_8));
        utskrift = ut.toString(StandardCharsets.UTF_8);
        adress = URI.create(hitta(ADRESS, utskrift));
        fingeravtryck = hitta(FINGERAVTRYCK, utskrift);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] { new Fastnalning(fingeravtryck) }, null);
        http = HttpClient.newBuilder().sslContext(tls).build();
    }

    private static void anvandare(String namn, Roll roll) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(namn);
        a.setNamn(namn);
        a.setRoll(roll);
        a.setAktiv(true);
        se.kundval.testsupport.Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, LOSENORD.toCharArray());
    }

    private static String hitta(Pattern monster, String text) {
        Matcher m = monster.matcher(text);
        if (!m.find()) {
            throw new AssertionError("the server did not print " + monster + ": " + text);
        }
        return m.group(1);
    }

    HttpResponse<String> get(String vag) {
        return skicka(HttpRequest.newBuilder(adress.resolve(vag)).GET());
    }

    HttpResponse<String> post(String vag, String token, String kropp) {
        HttpRequest.Builder b = HttpRequest.newBuilder(adress.resolve(vag)).POST(HttpRequest.BodyPublishers.ofString(kropp));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return skicka(b.header("Content-Type", "application/json"));
    }

    HttpResponse<String> skicka(HttpRequest.Builder begaran) {
        try {
            return http.send(begaran.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Logs in from the workbench; the token. */
    String loggaIn(String namn, String losenord) {
        HttpResponse<String> svar = skicka(HttpRequest.newBuilder(adress.resolve(Api.INLOGGNING))
                .header(Api.KLIENTHUVUD, "ARBETSBANK")
                .POST(HttpRequest.BodyPublishers.ofString("{\"anvandarnamn\":\"" + namn + "\",\"losenord\":\"" + losenord
                        + "\",\"engangskod\":null}")));
        if (svar.statusCode() != 200) {
            throw new AssertionError("login of " + namn + ": " + svar.statusCode() + " " + svar.body());
        }
        return json(svar).get("token").asText();
    }

    com.fasterxml.jackson.databind.JsonNode json(HttpResponse<String> svar) {
        try {
            return kodek.lasTrad(svar.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + svar.body(), e);
        }
    }

    /** Whether the port still takes connections. */
    boolean tarEmot() {
        try (Socket s = new Socket(adress.getHost(), adress.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The stop path of SIGTERM (the shutdown hook closes the server first): running requests finish, new ones are refused. */
    void stoppa() throws Exception {
        server.close();
    }

    /** An HTTPS socket to the server, trusting only its pinned certificate, for a request written by hand. */
    java.net.Socket uttag() throws IOException {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] { new Fastnalning(fingeravtryck) }, null);
            return tls.getSocketFactory().createSocket(adress.getHost(), adress.getPort());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
        se.kundval.testsupport.Tjanster.hamta(Databas.class).stang();
    }

    /** Trusts the one certificate with the fingerprint, whatever name the client used for the server. */
    static final class Fastnalning extends X509ExtendedTrustManager {

        private final String fingeravtryck;

        Fastnalning(String fingeravtryck) {
            this.fingeravtryck = fingeravtryck;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ) throws java.security.cert.CertificateException {
            try {
                byte[] summa = MessageDigest.getInstance("SHA-256").digest(kedja[0].getEncoded());
                if (!HexFormat.ofDelimiter(":").withUpperCase().formatHex(summa).equals(fingeravtryck)) {
                    throw new java.security.cert.CertificateException("not the pinned certificate");
                }
            } catch (GeneralSecurityException e) {
                throw new java.security.cert.CertificateException(e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ, Socket s) throws java.security.cert.CertificateException {
            checkServerTrusted(kedja, typ);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ, SSLEngine e) throws java.security.cert.CertificateException {
            checkServerTrusted(kedja, typ);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ) throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("a client");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ, Socket s) throws java.security.cert.CertificateException {
            checkClientTrusted(kedja, typ);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ, SSLEngine e) throws java.security.cert.CertificateException {
            checkClientTrusted(kedja, typ);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
