package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.utbyte.Utbytesarkiv;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;

/**
 * The import endpoint (decision 0380) and the stop of DOMAIN §11: an entry that names a path is
 * refused with nothing written; a stop (the SIGTERM hook's path) while an import is being sent lets
 * that request finish, the client gets its answer, and only then does the server stop.
 */
class UtbyteOchStoppTest {

    private static final String ANORDNARE = "orgnr;namn\n5560360793;V\u00e4gen Vidare AB\n";

    @TempDir
    Path katalog;

    private static String admin(Testserver server) {
        se.kundval.testsupport.Tjanster.starta("se.kundval.utbyte");
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn("admin");
        a.setNamn("admin");
        a.setRoll(Roll.ADMINISTRATOR);
        a.setAktiv(true);
        se.kundval.testsupport.Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, Testserver.LOSENORD.toCharArray());
        return server.loggaIn("admin", Testserver.LOSENORD);
    }

    private static byte[] zip(String namn, String innehall) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            zip.putNextEntry(new ZipEntry(namn));
            zip.write(innehall.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return ut.toByteArray();
    }

    private static boolean finns(String orgnr) {
        return se.kundval.testsupport.Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Testfall.ADMIN, orgnr).isPresent();
    }

    @Test
    void enPostMedSokvagVagrasOchIngentingSkrivs() throws Exception {
        try (Testserver server = new Testserver(Testdatabas.H2, katalog)) {
            String token = admin(server);
            Path utanfor = katalog.resolve("anordnare.csv");
            HttpResponse<String> svar = server.skicka(HttpRequest.newBuilder(server.adress.resolve("/api/v1/utbyte/importera"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", Utbytesarkiv.MEDIATYP)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip("../" + katalog.getFileName() + "/anordnare.csv", ANORDNARE))));
            assertEquals(400, svar.statusCode(), svar.body());
            assertEquals("UTBYTESFEL", server.json(svar).get("fel").asText());
            assertTrue(server.json(svar).get("meddelande").asText().contains("är inget filnamn för en utbytesfil"), svar.body());
            assertFalse(svar.body().contains("Exception"), svar.body());
            assertFalse(Files.exists(utanfor), "nothing written outside the server's own folder");
            assertFalse(finns("5560360793"));

            HttpResponse<String> utan = server.skicka(HttpRequest.newBuilder(server.adress.resolve("/api/v1/utbyte/exportera"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(401, utan.statusCode(), "no session, no export");
        }
    }

    @Test
    void stoppLaterPagaendeImportBliKlarOchSvaraInnanServernStannar() throws Exception {
        Testserver server = new Testserver(Testdatabas.H2, katalog);
        try {
            String token = admin(server);
            byte[] kropp = zip("anordnare.csv", ANORDNARE);
            try (Socket uttag = server.uttag()) {
                OutputStream ut = uttag.getOutputStream();
                InputStream in = uttag.getInputStream();
                ut.write(("POST /api/v1/utbyte/importera HTTP/1.1\r\nHost: " + server.adress.getAuthority()
                        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + Utbytesarkiv.MEDIATYP
                        + "\r\nContent-Length: " + kropp.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                ut.flush();
                // the server asks for the body only once the handler reads it: the request is running
                assertTrue(rubrik(in).startsWith("HTTP/1.1 100"), "the handler took the request");

                CompletableFuture<Void> stopp = CompletableFuture.runAsync(() -> {
                    try {
                        server.stoppa();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (int i = 0; i < 600 && server.tarEmot(); i++) {
                    Thread.sleep(50);
                }
                assertFalse(server.tarEmot(), "a stopping server takes no new connection");
                assertFalse(stopp.isDone(), "the stop waits for the running request");

                ut.write(kropp);
                ut.flush();
                String svar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(svar.startsWith("HTTP/1.1 200"), svar);
                assertTrue(svar.contains("\"fil\":\"anordnare.csv\",\"rader\":1"), svar);
                stopp.get();
            }
            assertTrue(finns("5560360793"), "the import was written whole");
            assertFalse(server.tarEmot());
        } finally {
            se.kundval.testsupport.Tjanster.hamta(se.kundval.core.tjanst.Databas.class).stang();
        }
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
