package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The portal's security rules of DOMAIN §14 over HTTP, on H2 and PostgreSQL: no page without a
 * session, another anordnare's insats is 404, a form without the session's CSRF token is 403 and
 * writes nothing, the cookie and headers a browser needs, only anordnare users with a TOTP code get in,
 * and the session ends after 30 minutes idle.
 */
class PortalsakerhetTest extends Portalprov {

    @ParameterizedTest
    @MethodSource("databaser")
    void utanSessionLederVarjeSidaTillInloggningen(Testdatabas databas) throws Exception {
        portal(databas);
        Http http = new Http(miljo);
        long id = miljo.insatsA.getId();
        for (String sokvag : List.of("/", "/insatser/" + id, "/insatser/" + id + "/plan", "/insatser/" + id + "/rapport?period=2026-10",
                "/insatser/" + id + "/avslut", "/insatser/999999", "/okand")) {
            HttpResponse<String> svar = http.get(sokvag);
            assertEquals(303, svar.statusCode(), sokvag);
            assertEquals("/anordnare/inloggning", svar.headers().firstValue("Location").orElseThrow(), sokvag);
        }
        HttpResponse<String> post = http.post("/insatser/" + id + "/plan", Http.falt("mal", "Arbete"));
        assertEquals(303, post.statusCode());
        assertNull(Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, id).getGenomforandeplan());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enAnnanAnordnaresInsatsSvarar404(Testdatabas databas) throws Exception {
        portal(databas);
        Http http = new Http(miljo);
        assertEquals(303, http.loggaIn(miljo.anvandarnamn, miljo.engangskod()).statusCode());
        assertEquals(200, http.get("/insatser/" + miljo.insatsA.getId()).statusCode());
        for (String sokvag : List.of("", "/plan", "/avslut", "/rapport?period=2026-10")) {
            HttpResponse<String> svar = http.get("/insatser/" + miljo.insatsB.getId() + sokvag);
            assertEquals(404, svar.statusCode(), sokvag);
            assertFalse(svar.body().contains("Bo Ek"), "nothing of B's insats shows");
        }
        assertEquals(404, http.get("/insatser/999999").statusCode(), "an unknown id answers the same");
        assertFalse(http.get("/").body().contains(miljo.insatsB.getInsatsId()), "B's insats is not in A's list");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void sidornaVisarDenEgnaOrganisationensNamn(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        for (String sokvag : List.of("/", "/insatser/" + miljo.insatsA.getId(), "/ersattning/2026-10", "/resultat")) {
            String sida = http.get(sokvag).body();
            assertTrue(sida.contains("Inloggad som Coach coach.a, Vägen Vidare AB (org.nr " + miljo.a.getOrgnr() + ")"), sokvag + ":\n" + sida);
            assertFalse(sida.contains("Andra Spåret AB"), sokvag);
        }
        assertTrue(http.get("/").body().contains("Vägen Vidare AB: insatser som pågår"), "the overview names the organisation");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void formularUtanRattCsrfTokenSvarar403OchSkriverIngenting(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        String plan = "/insatser/" + miljo.insatsA.getId() + "/plan";
        assertEquals(403, http.post(plan, Http.falt("mal", "Arbete", "aktiviteter", "Praktik")).statusCode());
        assertEquals(403, http.post(plan, Http.falt("csrf", "gissad", "mal", "Arbete", "aktiviteter", "Praktik")).statusCode());
        assertNull(Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, miljo.insatsA.getId()).getGenomforandeplan());

        String csrf = Http.csrf(http.get(plan).body());
        assertEquals(303, http.post(plan, Http.falt("csrf", csrf, "mal", "Arbete", "aktiviteter", "Praktik")).statusCode());
        assertEquals("Arbete", Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, miljo.insatsA.getId())
                .getGenomforandeplan().getMal().get(0).getBeskrivning());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void cookieOchHuvudenSomWebblasarenBehover(Testdatabas databas) throws Exception {
        portal(databas);
        HttpResponse<String> sida = new Http(miljo).get("/inloggning");
        String cookie = sida.headers().firstValue("Set-Cookie").orElseThrow();
        for (String del : List.of("Secure", "HttpOnly", "SameSite=Strict", "Path=/anordnare")) {
            assertTrue(cookie.contains(del), cookie);
        }
        String csp = sida.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("no-store", sida.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(sida.body().contains("<html lang=\"sv\">"));
        assertFalse(sida.body().contains("<script"), "no script at all");
        assertFalse(sida.body().contains("style="), "no inline style");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void barAnordnareMedRattEngangskodKommerIn(Testdatabas databas) throws Exception {
        portal(databas);
        String fel = "Fel användarnamn, lösenord eller engångskod, eller spärrat konto.";
        HttpResponse<String> utanKod = new Http(miljo).loggaIn(miljo.anvandarnamn, "");
        assertEquals(200, utanKod.statusCode(), () -> "a login without a code is refused, not " + utanKod.headers().map());
        assertTrue(utanKod.body().contains(fel));
        assertTrue(utanKod.body().contains("value=\"" + miljo.anvandarnamn + "\""), "the user name typed is kept");
        assertEquals(200, new Http(miljo).loggaIn(miljo.anvandarnamn, "000000").statusCode());

        miljo.konto("handlaggare.x", Roll.HANDLAGGARE, null);
        HttpResponse<String> handlaggare = new Http(miljo).loggaIn("handlaggare.x", "");
        assertEquals(200, handlaggare.statusCode(), "a handläggare's correct password does not open the portal");
        assertTrue(handlaggare.body().contains(fel), "and gets the same message as anyone else");

        HttpResponse<String> okand = new Http(miljo).loggaIn("finns.inte", miljo.engangskod());
        assertTrue(okand.body().contains(fel));
        assertEquals(303, new Http(miljo).loggaIn(miljo.anvandarnamn, miljo.engangskod()).statusCode());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void sessionenSlutarEfterTrettioMinuterUtanAnvandningOchVidUtloggning(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        miljo.klocka.flytta(Duration.ofMinutes(29));
        assertEquals(200, http.get("/").statusCode());
        miljo.klocka.flytta(Duration.ofMinutes(30));
        assertEquals(303, http.get("/").statusCode(), "30 minutes idle end the session");

        http.loggaIn(miljo.anvandarnamn, miljo.engangskod());
        String csrf = Http.csrf(http.get("/").body());
        Http gammal = new Http(miljo);
        assertEquals(303, http.post("/utloggning", Http.falt("csrf", csrf)).statusCode());
        assertEquals(303, http.get("/").statusCode(), "logged out");
        assertEquals(303, gammal.get("/").statusCode());
    }

    /** On H2 only: twenty logins of 600 000 PBKDF2 rounds each are the slow part, and the rule is the portal's. */
    @Test
    void enAdressMedMangaMisslyckadeInloggningarFarVanta() throws Exception {
        portal(Testdatabas.H2);
        for (int i = 0; i < 20; i++) {
            assertEquals(200, new Http(miljo).loggaIn("gissning" + i, "123456").statusCode());
        }
        HttpResponse<String> stoppad = new Http(miljo).loggaIn(miljo.anvandarnamn, miljo.engangskod());
        assertEquals(429, stoppad.statusCode(), "even the right password waits");
        miljo.klocka.flytta(Duration.ofMinutes(16));
        assertEquals(303, new Http(miljo).loggaIn(miljo.anvandarnamn, miljo.engangskod()).statusCode());
    }
}
