package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The rules of the organisation's own pages (ersättning, resultat, konton) over HTTP, on H2 and
 * PostgreSQL: no page without a session; only the own organisation's lines; a month or tertial that
 * is not one, or has not begun, gets a Swedish message and 400, not 500; the konton page is not there
 * (404) for a coach without the portal-admin right; each of its forms without the CSRF token is 403 and
 * changes nothing; a portal-admin cannot lock or reset another organisation's account.
 */
class EgnasidorSakerhetTest extends Portalprov {

    @ParameterizedTest
    @MethodSource("databaser")
    void utanSessionTillInloggningen(Testdatabas databas) throws Exception {
        portal(databas);
        Http http = new Http(miljo);
        for (String sokvag : List.of("/ersattning", "/ersattning/2026-10", "/resultat", "/resultat?ar=2026&tertial=2", "/konton")) {
            HttpResponse<String> svar = http.get(sokvag);
            assertEquals(303, svar.statusCode(), sokvag);
            assertEquals("/anordnare/inloggning", svar.headers().firstValue("Location").orElseThrow(), sokvag);
        }
        assertEquals(303, http.post("/konton/las", Http.falt("anvandarnamn", miljo.anvandarnamn)).statusCode());
        assertTrue(aktiv(miljo.anvandarnamn));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ersattningenArOrganisationensEgenOchFelaktigaManaderFarEttSvar(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        HttpResponse<String> senaste = http.get("/ersattning");
        assertEquals(303, senaste.statusCode());
        assertEquals("/anordnare/ersattning/2026-10", senaste.headers().firstValue("Location").orElseThrow(), "the latest closed month");
        String oktober = http.get("/ersattning/2026-10").body();
        assertTrue(oktober.contains(miljo.insatsA.getInsatsId()) && oktober.contains(miljo.slutarSnartA.getInsatsId()), oktober);
        assertFalse(oktober.contains(miljo.insatsB.getInsatsId()), "not another organisation's line");
        assertTrue(oktober.contains("id=\"total-att-betala\""), oktober);
        for (String fel : List.of("2026-13", "oktober", "2026-1", "2026-10-01")) {
            HttpResponse<String> svar = http.get("/ersattning/" + fel);
            assertEquals(400, svar.statusCode(), fel);
            assertTrue(svar.body().contains("är ingen månad"), svar.body());
        }
        HttpResponse<String> framtid = http.get("/ersattning/2026-12");
        assertEquals(400, framtid.statusCode());
        assertTrue(framtid.body().contains("december 2026 har inte börjat"), framtid.body());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void resultatetVisarSistaHelaTertialenOchSagerTillVidFelaktigtVal(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        String standard = http.get("/resultat").body();
        assertTrue(standard.contains("Tertial 2 2026: 2026-05-01 till 2026-08-31."), standard);
        assertEquals(400, http.get("/resultat?ar=2026&tertial=7").statusCode());
        HttpResponse<String> text = http.get("/resultat?ar=tjugo&tertial=1");
        assertEquals(400, text.statusCode());
        assertTrue(text.body().contains("href=\"#ar\""), "the summary links to the field");
        assertTrue(http.get("/resultat?ar=2027&tertial=1").body().contains("Välj ett år från 2017 till 2026"));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void kontonFinnsInteForEnCoachUtanRatten(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        String csrf = Http.csrf(http.get("/").body());
        assertFalse(http.get("/").body().contains("/anordnare/konton"), "no Konton in the menu");
        assertEquals(404, http.get("/konton").statusCode());
        miljo.konto("kollega.a", Roll.ANORDNARE, miljo.a.getOrgnr());
        assertEquals(404, http.post("/konton", Http.falt("csrf", csrf, "anvandarnamn", "smygare", "namn", "Smygare")).statusCode());
        for (String sokvag : List.of("/konton/las", "/konton/aterstall")) {
            assertEquals(404, http.post(sokvag, Http.falt("csrf", csrf, "anvandarnamn", "kollega.a")).statusCode(), sokvag);
        }
        assertTrue(aktiv("kollega.a"));
        assertFalse(finns("smygare"), "no account added");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void portaladminsFormularKraverCsrfOchNarBaraEgnaKonton(Testdatabas databas) throws Exception {
        portal(databas);
        String hemlighet = miljo.portaladmin("chef.a", miljo.a.getOrgnr());
        miljo.konto("coach.b", Roll.ANORDNARE, miljo.b.getOrgnr());
        Http http = new Http(miljo);
        assertEquals(303, http.loggaIn("chef.a", miljo.engangskod(hemlighet)).statusCode());
        String sida = http.get("/konton").body();
        assertTrue(sida.contains(miljo.anvandarnamn) && !sida.contains("coach.b"), sida);
        String csrf = Http.csrf(sida);

        Map<String, Map<String, String>> formular = Map.of("/konton", Http.falt("anvandarnamn", "ny.a", "namn", "Ny"),
                "/konton/las", Http.falt("anvandarnamn", miljo.anvandarnamn),
                "/konton/aterstall", Http.falt("anvandarnamn", miljo.anvandarnamn));
        formular.forEach((sokvag, falt) -> {
            assertEquals(403, http.post(sokvag, falt).statusCode(), sokvag + " without a token");
            Map<String, String> fel = new LinkedHashMap<>(falt);
            fel.put("csrf", "fel" + csrf);
            assertEquals(403, http.post(sokvag, fel).statusCode(), sokvag + " with a wrong token");
        });
        assertTrue(aktiv(miljo.anvandarnamn));
        assertFalse(finns("ny.a"));

        HttpResponse<String> annan = http.post("/konton/las", Http.falt("csrf", csrf, "anvandarnamn", "coach.b"));
        assertEquals(400, annan.statusCode());
        assertTrue(annan.body().contains("Det finns inget konto coach.b hos er organisation."), annan.body());
        assertEquals(400, http.post("/konton/aterstall", Http.falt("csrf", csrf, "anvandarnamn", "coach.b")).statusCode());
        assertTrue(aktiv("coach.b"), "B's account is untouched");

        HttpResponse<String> ny = http.post("/konton", Http.falt("csrf", csrf, "anvandarnamn", "ny.a", "namn", "Ny Coach"));
        assertEquals(200, ny.statusCode());
        assertTrue(ny.body().contains("otpauth://totp/Kundval:ny.a?secret"), ny.body());
        assertEquals("no-store", ny.headers().firstValue("Cache-Control").orElseThrow(), "the password is not cached");
        assertEquals(303, http.post("/konton/las", Http.falt("csrf", csrf, "anvandarnamn", miljo.anvandarnamn)).statusCode());
        assertFalse(aktiv(miljo.anvandarnamn));
    }

    private static boolean aktiv(String anvandarnamn) {
        return Tjanster.hamta(AnvandareService.class).alla(Testfall.ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(anvandarnamn))
                .findFirst().map(Anvandare::isAktiv).orElseThrow();
    }

    private static boolean finns(String anvandarnamn) {
        return Tjanster.hamta(AnvandareService.class).alla(Testfall.ADMIN).stream().anyMatch(a -> a.getAnvandarnamn().equals(anvandarnamn));
    }
}
