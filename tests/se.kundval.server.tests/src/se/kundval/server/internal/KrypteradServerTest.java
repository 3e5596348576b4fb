package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Fastnalning;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * {@code ./kundval server --db PATH --krypterad --nyckelfil F} (decision 0386): with the right key
 * the server opens the encrypted file and serves from it (a user stored in the file logs in over
 * HTTPS); with a wrong key it does not start, says so in one Swedish line without a stack trace,
 * and exits 3 (not authenticated, DOMAIN §10). The application runs in this process as
 * {@code ./kundval server} runs it, and is stopped as the SIGTERM hook stops it.
 */
class KrypteradServerTest {

    private static final Pattern ADRESS = Pattern.compile("(https://\\S+)");
    private static final Pattern FINGERAVTRYCK = Pattern.compile("((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");
    private static final String LOSENORD = "krypterad-losen-1";

    @TempDir
    static Path katalog;

    private static Path db;
    private static Path nyckel;

    @BeforeAll
    static void krypteradDatabasMedEnAnvandare() throws IOException {
        Tjanster.starta("se.kundval.server");
        db = katalog.resolve("kundval");
        nyckel = nyckelfil("ratt", "en lång och rätt nyckel");
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasnyckel.anslutning(db, true, nyckel));
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn("hl1");
        a.setNamn("hl1");
        a.setRoll(Roll.HANDLAGGARE);
        a.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, LOSENORD.toCharArray());
        databas.stang();
        assertTrue(Databasnyckel.arKrypterad(db), "the file is encrypted");
    }

    private static Path nyckelfil(String namn, String innehall) throws IOException {
        Path fil = Files.writeString(katalog.resolve(namn), innehall + "\n");
        Files.setPosixFilePermissions(fil, PosixFilePermissions.fromString("rw-------"));
        return fil;
    }

    private static String[] flaggor(Path nyckelfil) {
        return new String[] {"--db", db.toString(), "--krypterad", "--nyckelfil", nyckelfil.toString(), "--bind", "127.0.0.1",
                "--port", "0"};
    }

    @Test
    void medRattNyckelTarServernEmotAnropUrDenKrypteradeFilen() throws Exception {
        Serverapplikation app = new Serverapplikation();
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        ByteArrayOutputStream fel = new ByteArrayOutputStream();
        CompletableFuture<Integer> korning = CompletableFuture.supplyAsync(() -> {
            try {
                return app.kor(flaggor(nyckel), new PrintStream(ut, true, StandardCharsets.UTF_8),
                        new PrintStream(fel, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String utskrift = vantaPaFingeravtryck(ut, korning, fel);
        HttpClient http = HttpClient.newBuilder().sslContext(Fastnalning.tls(hitta(FINGERAVTRYCK, utskrift))).build();
        URI adress = URI.create(hitta(ADRESS, utskrift));
        HttpResponse<String> svar = http.send(HttpRequest.newBuilder(adress.resolve(Api.INLOGGNING))
                .header(Api.KLIENTHUVUD, "ARBETSBANK")
                .POST(HttpRequest.BodyPublishers.ofString("{\"anvandarnamn\":\"hl1\",\"losenord\":\"" + LOSENORD
                        + "\",\"engangskod\":null}")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, svar.statusCode(), svar.body());
        assertTrue(svar.body().contains("\"token\""), svar.body());
        app.stop();
        assertEquals(0, korning.get(60, TimeUnit.SECONDS), fel.toString(StandardCharsets.UTF_8));
        assertEquals("", fel.toString(StandardCharsets.UTF_8));
    }

    @Test
    void medFelNyckelStartarServernInteOchSlutarMedTre() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        ByteArrayOutputStream fel = new ByteArrayOutputStream();
        int kod = new Serverapplikation().kor(flaggor(nyckelfil("fel", "en annan nyckel")),
                new PrintStream(ut, true, StandardCharsets.UTF_8), new PrintStream(fel, true, StandardCharsets.UTF_8));
        String meddelande = fel.toString(StandardCharsets.UTF_8);
        assertEquals(3, kod, meddelande);
        assertTrue(meddelande.startsWith("kundval server: Fel nyckel för den krypterade databasen "), meddelande);
        assertTrue(meddelande.endsWith("kundval.mv.db; ingenting öppnades.\n"), meddelande);
        assertEquals(1, meddelande.lines().count(), "one line, no stack trace: " + meddelande);
        assertEquals("", ut.toString(StandardCharsets.UTF_8), "nothing listens");
        assertFalse(Tjanster.hamta(Databas.class).arAnsluten());
    }

    /** The server prints its address and then its fingerprint when it listens; until then it is starting. */
    private static String vantaPaFingeravtryck(ByteArrayOutputStream ut, CompletableFuture<Integer> korning,
            ByteArrayOutputStream fel) throws InterruptedException {
        while (!FINGERAVTRYCK.matcher(ut.toString(StandardCharsets.UTF_8)).find()) {
            if (korning.isDone()) {
                throw new AssertionError("the server stopped: " + korning.join() + " " + fel.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        return ut.toString(StandardCharsets.UTF_8);
    }

    private static String hitta(Pattern monster, String text) {
        Matcher m = monster.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
