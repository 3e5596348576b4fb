package se.kundval.portal.tests;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;

import se.kundval.model.Insats;
import se.kundval.testsupport.Testdatabas;

/**
 * What the portal's HTTP tests start from, on H2 and PostgreSQL: a fresh portal for each test (its
 * server and database closed after it), A's coach logged in, and the six-month evidence sent as the
 * portal's form sends it.
 */
abstract class Portalprov {

    Portalmiljo miljo;

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @AfterEach
    void stangPortalen() throws Exception {
        if (miljo != null) {
            miljo.close();
        }
    }

    /** A fresh portal over a new database of the kind. */
    Portalmiljo portal(Testdatabas databas) throws Exception {
        miljo = new Portalmiljo(databas);
        return miljo;
    }

    /** A fresh portal, and a client logged in as A's coach with password and a new TOTP code. */
    Http inloggad(Testdatabas databas) throws Exception {
        portal(databas);
        Http http = new Http(miljo);
        http.loggaIn(miljo.anvandarnamn, miljo.engangskod());
        return http;
    }

    /** The evidence for the insats (an anställningsavtal) with the one file, with the form's CSRF token; the answer. */
    static HttpResponse<String> lamnaUnderlag(Http http, Insats insats, String filnamn, byte[] innehall) {
        String sokvag = "/insatser/" + insats.getId() + "/sexmanader";
        String csrf = Http.csrf(http.get(sokvag).body());
        return http.postFiler(sokvag, Map.of("csrf", csrf, "underlag", "ANSTALLNINGSAVTAL"), Map.of(filnamn, innehall));
    }
}
