package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The evidence form with files over HTTP, on H2 and PostgreSQL (DOMAIN §14): without the session's
 * CSRF token 403 and nothing written; a PNG or a program renamed .pdf and an 11 MB file refused with a
 * page naming the file, the other fields kept, nothing written; another anordnare's insats 404.
 */
class SexmanaderSakerhetTest extends Portalprov {

    private boolean ingetInlamnat(Insats insats) {
        return Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, insats.getId()).getSexmanadersuppfoljningar().isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void utanCsrfTokenSvarar403OchIngentingSparas(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        Insats insats = Sexmanaderfall.avslutadTillArbete(miljo);
        String sokvag = "/insatser/" + insats.getId() + "/sexmanader";
        assertEquals(403, http.postFiler(sokvag, Map.of("underlag", "ANSTALLNINGSAVTAL"), Map.of("avtal.pdf", Sexmanaderfall.PDF)).statusCode());
        assertEquals(403, http.postFiler(sokvag, Map.of("csrf", "gissad", "underlag", "ANSTALLNINGSAVTAL"),
                Map.of("avtal.pdf", Sexmanaderfall.PDF)).statusCode());
        assertTrue(ingetInlamnat(insats), "nothing written without the token");

        HttpResponse<String> svar = lamnaUnderlag(http, insats, "avtal.pdf", Sexmanaderfall.PDF);
        assertEquals(303, svar.statusCode(), svar.body());
        assertEquals(1, Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, insats.getId()).getSexmanadersuppfoljningar()
                .get(0).getDokument().size());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void filerSomInteArDetDeUtgerSigForOchForStoraFilerVisasSomFel(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        Insats insats = Sexmanaderfall.avslutadTillArbete(miljo);
        String sokvag = "/insatser/" + insats.getId() + "/sexmanader";
        String csrf = Http.csrf(http.get(sokvag).body());
        byte[] elvaMb = Arrays.copyOf(Sexmanaderfall.PDF, 11 * 1024 * 1024);
        for (var fil : List.of(Map.entry("foto.pdf", Sexmanaderfall.PNG), Map.entry("program.pdf", Sexmanaderfall.EXE),
                Map.entry("stort.pdf", elvaMb))) {
            HttpResponse<String> svar = http.postFiler(sokvag, Map.of("csrf", csrf, "underlag", "ANSTALLNINGSAVTAL",
                    "beskrivning", "Tillsvidare hos Lager AB"), Map.of(fil.getKey(), fil.getValue()));
            assertEquals(200, svar.statusCode(), fil.getKey());
            assertTrue(svar.body().contains("id=\"dokument-fel\"") && svar.body().contains("Filen " + fil.getKey()), svar.body());
            assertTrue(svar.body().contains("Tillsvidare hos Lager AB"), "the description typed is kept");
            assertTrue(svar.body().contains("value=\"ANSTALLNINGSAVTAL\" selected"), "and the underlag chosen");
        }
        assertTrue(ingetInlamnat(insats), "nothing written");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enAnnanAnordnaresInsatsSvarar404(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        String csrf = Http.csrf(http.get("/").body());
        String sokvag = "/insatser/" + miljo.insatsB.getId() + "/sexmanader";
        assertEquals(404, http.get(sokvag).statusCode());
        assertEquals(404, http.postFiler(sokvag, Map.of("csrf", csrf, "underlag", "ANSTALLNINGSAVTAL"),
                Map.of("avtal.pdf", Sexmanaderfall.PDF)).statusCode());
        assertTrue(ingetInlamnat(miljo.insatsB));
    }
}
