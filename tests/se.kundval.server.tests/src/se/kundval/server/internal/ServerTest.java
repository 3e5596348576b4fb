package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.autentisering.Sessionslager;
import se.kundval.model.Kund;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;

/**
 * The server of DOMAIN §11 over HTTPS as a client meets it: health without login, a session for
 * every other path (every path the core's interfaces give, enumerated, not sampled), the identity
 * of the session and never of the body, and the service's refusals as protocol v1 answers them.
 */
class ServerTest {

    private static final String TOM = "{\"argument\":[]}";

    @TempDir
    Path katalog;

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void halsanSvararUtanInloggningOchAdressenSkrivsUt(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            HttpResponse<String> svar = server.get(Api.HALSA);
            assertEquals(200, svar.statusCode());
            assertEquals("{\"status\":\"ok\"}", svar.body());
            assertTrue(server.utskrift.startsWith("Kundval-servern tar emot anrop på https://127.0.0.1:"), server.utskrift);
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeSokvagKraverEnLevandeSession(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            List<String> vagar = allaVagar();
            assertTrue(vagar.size() > 60, "the core's interfaces give " + vagar.size() + " paths");
            kraverSession(server, vagar, null, "no session");
            kraverSession(server, vagar, "fel-token", "a wrong token");

            String utloggad = server.loggaIn("hl1", Testserver.LOSENORD);
            assertEquals(204, server.post(Api.UTLOGGNING, utloggad, "").statusCode());
            kraverSession(server, vagar, utloggad, "after logout");

            String tomgang = server.loggaIn("hl1", Testserver.LOSENORD);
            for (int minuter : new int[] {29, 58}) {
                try (var senare = Testklocka.stall(Testklocka.NU.plusMinutes(minuter))) {
                    assertEquals(200, server.post(Api.TJANST + "InsatsService/nyttInsatsId", tomgang, TOM).statusCode(),
                            "29 minutes after the last request the session lives");
                }
            }
            try (var senare = Testklocka.stall(Testklocka.NU.plusMinutes(58).plus(Sessionslager.TOMGANG))) {
                kraverSession(server, vagar, tomgang, "after 30 minutes idle");
            }

            String hela = server.loggaIn("hl1", Testserver.LOSENORD);
            for (int minuter = 25; minuter < Sessionslager.LIVSLANGD.toMinutes(); minuter += 25) {
                try (var senare = Testklocka.stall(Testklocka.NU.plusMinutes(minuter))) {
                    assertEquals(200, server.post(Api.TJANST + "InsatsService/nyttInsatsId", hela, TOM).statusCode(),
                            "an active session at minute " + minuter);
                }
            }
            try (var senare = Testklocka.stall(Testklocka.NU.plus(Sessionslager.LIVSLANGD).plusMinutes(1))) {
                kraverSession(server, vagar, hela, "after 10 hours, though active");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void felLosenordGerEnOchSammaVagran(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            HttpResponse<String> svar = server.skicka(java.net.http.HttpRequest.newBuilder(server.adress.resolve(Api.INLOGGNING))
                    .header(Api.KLIENTHUVUD, "KOMMANDORAD").POST(java.net.http.HttpRequest.BodyPublishers
                            .ofString("{\"anvandarnamn\":\"hl1\",\"losenord\":\"fel\",\"engangskod\":null}")));
            assertEquals(401, svar.statusCode());
            assertEquals("{\"fel\":\"EJ_INLOGGAD\",\"meddelande\":\"Fel användarnamn, lösenord eller engångskod, eller spärrat konto.\"}",
                    svar.body());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enForfalskadInloggningIKroppenAndrarIngenting(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            String hl1 = server.loggaIn("hl1", Testserver.LOSENORD);
            String admin = "{\"anvandarnamn\":\"admin\",\"namn\":\"Admin\",\"roll\":\"ADMINISTRATOR\",\"orgnr\":null,"
                    + "\"klient\":{\"typ\":\"ARBETSBANK\",\"adress\":\"x\"},\"plats\":null}";
            String ny = "{\"@typ\":\"http://kundval.se/model/1.0#Anvandare\",\"anvandarnamn\":\"mallory\",\"roll\":\"ADMINISTRATOR\",\"aktiv\":true}";
            Databasavtryck fore = Databasavtryck.av(server.databas);

            HttpResponse<String> somArgument = server.post(Api.TJANST + "AnvandareService/spara", hl1,
                    "{\"argument\":[" + admin + "," + ny + ",\"losen\"]}");
            assertEquals(400, somArgument.statusCode(), somArgument.body());
            HttpResponse<String> bredvid = server.post(Api.TJANST + "AnvandareService/spara", hl1,
                    "{\"vem\":" + admin + ",\"argument\":[" + ny + ",\"losen\"]}");
            assertEquals(400, bredvid.statusCode(), bredvid.body());
            HttpResponse<String> sessionensEgen = server.post(Api.TJANST + "AnvandareService/spara", hl1,
                    "{\"argument\":[" + ny + ",\"losen\"]}");
            assertEquals(403, sessionensEgen.statusCode(), sessionensEgen.body());
            assertEquals("NEKAD", server.json(sessionensEgen).get("fel").asText());
            assertTrue(server.json(sessionensEgen).get("meddelande").asText().contains("hl1"), sessionensEgen.body());

            assertEquals(fore, Databasavtryck.av(server.databas), "a forged identity wrote something");
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enVagledareFarInteGoraHandlaggarensArbete(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            String manad = "{\"argument\":[\"" + Testklocka.IDAG.minusMonths(1).toString().substring(0, 7) + "\"]}";
            HttpResponse<String> kv = server.post(Api.TJANST + "ErsattningService/underlag", server.loggaIn("kv1", Testserver.LOSENORD), manad);
            assertEquals(403, kv.statusCode(), kv.body());
            assertEquals("NEKAD", server.json(kv).get("fel").asText());
            HttpResponse<String> hl = server.post(Api.TJANST + "ErsattningService/underlag", server.loggaIn("hl1", Testserver.LOSENORD), manad);
            assertEquals(200, hl.statusCode(), hl.body());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enInaktuellVersionGerKonflikt(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            Kund kund = new Testfall().kund("Agnes Ask", Testklocka.IDAG.minusYears(30));
            String hl1 = server.loggaIn("hl1", Testserver.LOSENORD);
            HttpResponse<String> hamtad = server.post(Api.TJANST + "KundService/hamta", hl1, "{\"argument\":[" + kund.getId() + "]}");
            assertEquals(200, hamtad.statusCode(), hamtad.body());
            JsonNode lasen = server.json(hamtad).get("varde");
            assertEquals(kund.getVersion(), lasen.get("version").asLong(), "the version travels");
            String andrad = lasen.toString().replace("Agnes Ask", "Agnes Asp");
            HttpResponse<String> forsta = server.post(Api.TJANST + "KundService/spara", hl1, "{\"argument\":[" + andrad + "]}");
            assertEquals(200, forsta.statusCode(), forsta.body());
            assertEquals(kund.getVersion() + 1, server.json(forsta).get("varde").get("version").asLong());
            HttpResponse<String> andra = server.post(Api.TJANST + "KundService/spara", hl1, "{\"argument\":[" + andrad + "]}");
            assertEquals(409, andra.statusCode(), andra.body());
            assertEquals("KONFLIKT", server.json(andra).get("fel").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enStoppadServerTarInteEmot(Testdatabas db) throws Exception {
        Testserver server = new Testserver(db, katalog);
        assertTrue(server.tarEmot());
        server.close();
        assertFalse(server.tarEmot());
    }

    private static void kraverSession(Testserver server, List<String> vagar, String token, String fall) {
        for (String vag : vagar) {
            HttpResponse<String> svar = server.post(vag, token, TOM);
            assertEquals(401, svar.statusCode(), fall + ": " + vag + " " + svar.body());
            assertEquals("EJ_INLOGGAD", server.json(svar).get("fel").asText(), fall + ": " + vag);
        }
    }

    /** Every method of every public interface of the core, offered or not, and the other paths under /api/v1. */
    static List<String> allaVagar() {
        List<String> vagar = new ArrayList<>(List.of(Api.UTLOGGNING, "/api/v1/okand", "/api/annat"));
        for (Class<?> granssnitt : Tjanstekatalog.granssnitt()) {
            for (Method m : granssnitt.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    vagar.add(Api.TJANST + granssnitt.getSimpleName() + "/" + m.getName());
                }
            }
        }
        assertTrue(vagar.contains(Api.TJANST + "KundService/hamta"), "the enumeration finds the services");
        return vagar;
    }
}
