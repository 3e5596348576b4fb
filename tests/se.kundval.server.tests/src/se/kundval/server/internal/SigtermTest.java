package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.utbyte.Utbytesarkiv;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;

/**
 * SIGTERM for real (DOMAIN §11): the server runs as a process of its own ({@link Serverprocess}), an
 * import is on its way when the process gets SIGTERM ({@code Process.destroy()} on Linux), and then: the
 * import gets its answer, the process exits 0 and says it stopped, and the database holds the import
 * whole. Over H2 and PostgreSQL. The in-process half of this is {@link UtbyteOchStoppTest}.
 */
class SigtermTest {

    private static final String ANORDNARE = "orgnr;namn\n5560360793;V\u00e4gen Vidare AB\n5567123459;Lotsen AB\n";
    private static final long VANTETID_S = 120;

    @TempDir
    Path katalog;

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void sigtermLaterPagaendeAnropBliKlartOchProcessenSlutarMedNoll(Testdatabas typ) throws Exception {
        Databasanslutning databas = forbered(typ);
        try (Serverprocess server = Serverprocess.starta(katalog, flaggor(databas))) {
            String token = loggaIn(server);
            byte[] kropp = zip();
            try (Socket uttag = uttag(server)) {
                OutputStream ut = uttag.getOutputStream();
                InputStream in = uttag.getInputStream();
                ut.write(("POST /api/v1/utbyte/importera HTTP/1.1\r\nHost: " + server.adress.getAuthority()
                        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + Utbytesarkiv.MEDIATYP
                        + "\r\nContent-Length: " + kropp.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                ut.flush();
                // the server asks for the body only once the handler reads it: the request is running
                assertTrue(rubrik(in).startsWith("HTTP/1.1 100"), "the handler took the request");

                server.process.destroy();
                for (int i = 0; i < 600 && tarEmot(server); i++) {
                    Thread.sleep(50);
                }
                assertFalse(tarEmot(server), "a stopping server takes no new connection");
                assertTrue(server.process.isAlive(), "the process waits for the running request");

                ut.write(kropp);
                ut.flush();
                String svar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(svar.startsWith("HTTP/1.1 200"), svar);
                assertTrue(svar.contains("\"fil\":\"anordnare.csv\",\"rader\":2"), svar);
            }
            assertTrue(server.process.waitFor(VANTETID_S, TimeUnit.SECONDS), "the process ended: " + server.utskrift());
            assertEquals(0, server.process.exitValue(), server.utskrift());
            assertTrue(server.utskrift().contains("Kundval-servern har stoppats."), server.utskrift());
        }
        Databas lokal = se.kundval.testsupport.Tjanster.hamta(Databas.class);
        lokal.anslut(databas);
        try {
            AnordnareService anordnare = se.kundval.testsupport.Tjanster.hamta(AnordnareService.class);
            assertTrue(anordnare.hamtaMedOrgnr(Testfall.ADMIN, "5560360793").isPresent(), "the import was written whole");
            assertTrue(anordnare.hamtaMedOrgnr(Testfall.ADMIN, "5567123459").isPresent(), "the import was written whole");
        } finally {
            lokal.stang();
        }
    }

    /** A fresh database with an administratör, closed again so that the server process can open it. */
    private static Databasanslutning forbered(Testdatabas typ) {
        se.kundval.testsupport.Tjanster.starta("se.kundval.server", "se.kundval.utbyte");
        Databasanslutning databas = typ.ny();
        try (Tjanster starter = new Tjanster(FrameworkUtil.getBundle(Kundvalserver.class).getBundleContext())) {
            Databas lokal = se.kundval.testsupport.Tjanster.hamta(Databas.class);
            lokal.anslut(databas);
            Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
            a.setAnvandarnamn("admin");
            a.setNamn("admin");
            a.setRoll(Roll.ADMINISTRATOR);
            a.setAktiv(true);
            se.kundval.testsupport.Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a,
                    Testserver.LOSENORD.toCharArray());
            lokal.stang();
        }
        return databas;
    }

    /** {@code --db PATH} for the H2 file, {@code --jdbc --user --password-file} for PostgreSQL, as an administrator types them. */
    private List<String> flaggor(Databasanslutning databas) throws IOException {
        if (databas.arInbaddad()) {
            String url = databas.jdbcUrl();
            return List.of("--db", url.substring("jdbc:h2:file:".length(), url.indexOf(';')));
        }
        Path losenord = Files.writeString(katalog.resolve("pg-losenord"), databas.losenord() + "\n");
        return List.of("--jdbc", databas.jdbcUrl(), "--user", databas.anvandare(), "--password-file", losenord.toString());
    }

    private static SSLContext tls(Serverprocess server) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] { new Testserver.Fastnalning(server.fingeravtryck) }, null);
        return tls;
    }

    private static String loggaIn(Serverprocess server) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(tls(server)).build();
        HttpResponse<String> svar = http.send(HttpRequest.newBuilder(server.adress.resolve(Api.INLOGGNING))
                .header(Api.KLIENTHUVUD, "KOMMANDORAD")
                .POST(HttpRequest.BodyPublishers.ofString("{\"anvandarnamn\":\"admin\",\"losenord\":\"" + Testserver.LOSENORD
                        + "\",\"engangskod\":null}")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, svar.statusCode(), svar.body());
        String text = svar.body();
        int borjan = text.indexOf("\"token\":\"") + "\"token\":\"".length();
        return text.substring(borjan, text.indexOf('"', borjan));
    }

    private static boolean tarEmot(Serverprocess server) {
        try (Socket s = new Socket(server.adress.getHost(), server.adress.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Socket uttag(Serverprocess server) throws Exception {
        return tls(server).getSocketFactory().createSocket(server.adress.getHost(), server.adress.getPort());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            zip.putNextEntry(new ZipEntry("anordnare.csv"));
            zip.write(ANORDNARE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return ut.toByteArray();
    }

    /** The status line and headers of one answer (up to the empty line). */
    private static String rubrik(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
