package se.kundval.klient.tests;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A stand-in for the Kundval server that speaks just enough of protocol v1 over TLS to test what the
 * client itself decides: which certificate it trusts, what it sends, and how it turns answers and a
 * silent server into exceptions. The real server's behaviour is tested against the real server.
 * Its certificate is made by the JDK's keytool; a fresh one per {@link #nyttCertifikat}.
 */
final class Provserver implements AutoCloseable {

    /** One request as it arrived: path, headers (lower-case names) and body. */
    record Begaran(String vag, Map<String, String> huvuden, String kropp) {
    }

    /**
     * The answer to a service call: status and JSON body; {@code avbrutet}: the connection breaks
     * before its promised end; {@code packat}: the body is sent packed by gzip.
     */
    record Svar(int status, String kropp, boolean avbrutet, boolean packat) {

        Svar(int status, String kropp) {
            this(status, kropp, false, false);
        }

        static Svar avbrutet(int status, String kropp) {
            return new Svar(status, kropp, true, false);
        }

        static Svar packat(int status, String kropp) {
            return new Svar(status, kropp, false, true);
        }
    }

    private volatile Path nyckelfil;
    private final List<Begaran> begaranden = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private volatile Function<Begaran, Svar> tjanster = b -> new Svar(200, "{\"varde\":null}");
    private volatile byte[] avbrutenExport;
    private SSLServerSocket uttag;
    private Thread mottagare;
    private int port;

    private Provserver(Path nyckelfil) {
        this.nyckelfil = nyckelfil;
    }

    /** A server with a new self-signed certificate for 127.0.0.1, listening on a free loopback port. */
    static Provserver starta(Path katalog) throws Exception {
        Provserver s = new Provserver(nyttCertifikat(katalog));
        s.lyssna(0);
        return s;
    }

    static Path nyttCertifikat(Path katalog) throws Exception {
        Path fil = Files.createTempFile(katalog, "server", ".p12");
        Files.delete(fil);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "kundval", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", fil.toString(), "-storepass", "hemligt")
                .redirectErrorStream(true).start();
        String utskrift = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool: " + utskrift);
        }
        return fil;
    }

    URI adress() {
        return URI.create("https://127.0.0.1:" + port);
    }

    /** The SHA-256 fingerprint of the certificate, AB:CD:… as the real server prints it. */
    String fingeravtryck() throws Exception {
        Certificate cert = nycklar().getCertificate("kundval");
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())).toUpperCase(Locale.ROOT);
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    Path nyckelfil() {
        return nyckelfil;
    }

    List<Begaran> begaranden() {
        return begaranden;
    }

    void tjanster(Function<Begaran, Svar> svar) {
        tjanster = svar;
    }

    /** Every export answers these first bytes of its ZIP stream, then the connection breaks: a server dying mid-export. */
    void avbrytExportEfter(byte[] borjan) {
        avbrutenExport = borjan;
    }

    /** As a restart: every session is forgotten. */
    void glomSessioner() {
        tokens.clear();
    }

    /**
     * Stops listening, and returns only when no connection can be taken any more. Closing the socket
     * does not do that by itself: the JDK closes a listening socket that a thread waits on only when
     * that thread's accept returns, and an accept that a client's connection completes in between
     * returns that connection. Served, it made a call "to the stopped server" go through once.
     */
    void stoppa() throws IOException {
        uttag.close();
        try {
            mottagare.join(Duration.ofSeconds(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Listens again on the same port, with {@code certifikat} (the same or a new one). */
    void startaOm(Path certifikat) throws Exception {
        nyckelfil = certifikat;
        uttag = uttag(port);
        acceptera();
    }

    @Override
    public void close() throws IOException {
        stoppa();
    }

    private void lyssna(int pa) throws Exception {
        uttag = uttag(pa);
        port = uttag.getLocalPort();
        acceptera();
    }

    private KeyStore nycklar() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(nyckelfil)) {
            ks.load(in, "hemligt".toCharArray());
        }
        return ks;
    }

    private SSLServerSocket uttag(int pa) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(nycklar(), "hemligt".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket s = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), pa), 50);
        return s;
    }

    private void acceptera() {
        SSLServerSocket detta = uttag;
        mottagare = new Thread(() -> {
            while (!detta.isClosed()) {
                try (Socket s = detta.accept()) {
                    if (detta.isClosed()) {
                        // taken while stoppa() was closing: a stopped server answers nothing
                        continue;
                    }
                    s.setSoTimeout(10_000);
                    svara(s);
                } catch (IOException e) {
                    // closed by stoppa(), or a client that only looked at the certificate
                }
            }
        }, "provserver");
        mottagare.setDaemon(true);
        mottagare.start();
    }

    private void svara(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        String forsta = in.readLine();
        if (forsta == null) {
            return;
        }
        Map<String, String> huvuden = new ConcurrentHashMap<>();
        for (String rad = in.readLine(); rad != null && !rad.isEmpty(); rad = in.readLine()) {
            int kolon = rad.indexOf(':');
            huvuden.put(rad.substring(0, kolon).strip().toLowerCase(Locale.ROOT), rad.substring(kolon + 1).strip());
        }
        char[] kropp = new char[Integer.parseInt(huvuden.getOrDefault("content-length", "0"))];
        for (int last = 0; last < kropp.length;) {
            last += in.read(kropp, last, kropp.length - last);
        }
        Begaran b = new Begaran(forsta.split(" ")[1], huvuden, new String(kropp));
        begaranden.add(b);
        byte[] borjan = avbrutenExport;
        if (borjan != null && b.vag().equals("/api/v1/utbyte/exportera")) {
            OutputStream o = s.getOutputStream();
            o.write(("HTTP/1.1 200 X\r\nContent-Type: application/zip\r\nContent-Length: " + (borjan.length + 4096)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.write(borjan);
            o.flush();
            return;
        }
        Svar svar = besvara(b);
        byte[] ut = svar.kropp().getBytes(StandardCharsets.UTF_8);
        if (svar.packat()) {
            ByteArrayOutputStream packat = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(packat)) {
                gz.write(ut);
            }
            ut = packat.toByteArray();
        }
        OutputStream o = s.getOutputStream();
        int langd = svar.avbrutet() ? ut.length + 4096 : ut.length;
        o.write(("HTTP/1.1 " + svar.status() + " X\r\nContent-Type: application/json\r\nContent-Length: " + langd
                + (svar.packat() ? "\r\nContent-Encoding: gzip" : "")
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.write(ut);
        o.flush();
    }

    private Svar besvara(Begaran b) {
        if (b.vag().equals("/api/v1/inloggning")) {
            if (!b.kropp().contains("\"losenord\":\"demo\"")) {
                return new Svar(401, "{\"fel\":\"EJ_INLOGGAD\",\"meddelande\":\"Fel användarnamn, lösenord eller engångskod, eller spärrat konto.\"}");
            }
            String token = "t" + tokens.size() + System.nanoTime();
            tokens.put(token, Boolean.TRUE);
            return new Svar(200, "{\"token\":\"" + token + "\",\"anvandarnamn\":\"hl1\",\"namn\":\"Hanna Handläggare\","
                    + "\"roll\":\"HANDLAGGARE\",\"orgnr\":null}");
        }
        String auth = b.huvuden().getOrDefault("authorization", "");
        if (!auth.startsWith("Bearer ") || tokens.remove(auth.substring(7)) == null) {
            return new Svar(401, "{\"fel\":\"EJ_INLOGGAD\",\"meddelande\":\"Inte inloggad.\"}");
        }
        tokens.put(auth.substring(7), Boolean.TRUE);
        if (b.vag().equals("/api/v1/utloggning")) {
            tokens.remove(auth.substring(7));
            return new Svar(204, "");
        }
        return tjanster.apply(b);
    }
}
