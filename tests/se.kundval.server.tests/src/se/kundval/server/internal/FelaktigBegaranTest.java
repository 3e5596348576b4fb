package se.kundval.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.model.Kund;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;

/**
 * What a client may get wrong: each is answered 400 with a Swedish message that names the place, no
 * stack trace, and the database exactly as before; what the API does not offer is 404.
 */
class FelaktigBegaranTest {

    private static final String SPARA = Api.TJANST + "KundService/spara";
    private static final String HAMTA = Api.TJANST + "KundService/hamta";
    private static final String SOK = Api.TJANST + "KundService/sok";

    @TempDir
    Path katalog;

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void felaktigaBegaranAvvisasUtanAttNagotSkrivs(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            Kund kund = new Testfall().kund("Agnes Ask", Testklocka.IDAG.minusYears(30));
            String hl1 = server.loggaIn("hl1", Testserver.LOSENORD);
            String kundJson = server.json(server.post(HAMTA, hl1, "{\"argument\":[" + kund.getId() + "]}")).get("varde").toString();
            String andrad = kundJson.replace("Agnes Ask", "Agnes Asp");
            Databasavtryck fore = Databasavtryck.av(server.databas);

            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad, "inte giltig JSON på rad 1, kolumn ");
            felaktig(server, hl1, SPARA, "[" + andrad + "]", "kroppen ska vara {\"argument\": [...]} och inget annat.");
            felaktig(server, hl1, HAMTA, "{\"argument\":[\"ett\"]}", "fel typ av värde vid argument[0].");
            felaktig(server, hl1, HAMTA, "{\"argument\":[1.5]}", "fel typ av värde vid argument[0].");
            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad.replaceFirst("\"version\":(\\d+)", "\"version\":\"$1\"") + "]}",
                    "fel värde för Kund.version: \"");
            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad.replace("{\"@typ\"", "{\"hemligt\":1,\"@typ\"") + "]}",
                    "okänt fält \"hemligt\" i Kund.");
            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad.replace("model/1.0#Kund", "model/1.0#Hemlig") + "]}",
                    "okänd typ http://kundval.se/model/1.0#Hemlig.");
            felaktig(server, hl1, SOK, "{\"argument\":[{\"filter\":{},\"sortering\":null,\"fallande\":false,\"forsta\":0,\"antal\":5,\"roll\":1}]}",
                    "okänt fält \"roll\" i Kundfraga");
            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad + "," + andrad + "]}", "KundService/spara tar inte 2 argument.");
            felaktig(server, hl1, SPARA, "{\"argument\":[]}", "KundService/spara tar inte 0 argument.");
            felaktig(server, hl1, SPARA, "{\"argument\":[" + andrad + "],\"vem\":{\"roll\":\"ADMINISTRATOR\"}}",
                    "kroppen ska vara {\"argument\": [...]} och inget annat.");
            String stor = "{\"argument\":[" + andrad.replace("Agnes Asp", "A".repeat((int) Api.STORSTA_KROPP)) + "]}";
            felaktig(server, hl1, SPARA, stor, "begäran är större än 10 MB.");

            assertEquals(fore, Databasavtryck.av(server.databas), "a bad request wrote something");
            assertEquals(200, server.post(SPARA, hl1, "{\"argument\":[" + andrad + "]}").statusCode(), "the good request is taken");
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void detSomInteErbjudsFinnsInte(Testdatabas db) throws Exception {
        try (Testserver server = new Testserver(db, katalog)) {
            String hl1 = server.loggaIn("hl1", Testserver.LOSENORD);
            for (String vag : List.of("AnvandareService/loggaIn", "Databas/anslut", "Databas/stang", "Autentisering/autentisera",
                    "Registerutdragsskrivare/skriv", "Databas/sakerhetskopiera", "InsatstypRegister/typer", "KundService/finnsInte", "Okand/metod", "KundService")) {
                HttpResponse<String> svar = server.post(Api.TJANST + vag, hl1, "{\"argument\":[]}");
                assertEquals(404, svar.statusCode(), vag + " " + svar.body());
                assertEquals("OKAND", server.json(svar).get("fel").asText(), vag);
            }
            assertEquals(200, server.post(Api.TJANST + "Databas/arAnsluten", hl1, "{\"argument\":[]}").statusCode());
        }
    }

    private static void felaktig(Testserver server, String token, String vag, String kropp, String meddelande) {
        HttpResponse<String> svar = server.post(vag, token, kropp);
        assertEquals(400, svar.statusCode(), vag + " " + svar.body());
        JsonNode json = server.json(svar);
        assertEquals("FELAKTIG_BEGARAN", json.get("fel").asText(), svar.body());
        String text = json.get("meddelande").asText();
        assertEquals(meddelande, text.substring(0, Math.min(text.length(), meddelande.length())), svar.body());
        assertFalse(svar.body().contains("Exception") || svar.body().contains("\tat ") || svar.body().contains("jackson"),
                "a stack trace or class in the answer: " + svar.body());
    }
}
