package se.kundval.portal.tests;

import java.net.http.HttpResponse;

import se.kundval.testsupport.Portalwebb;

/** The test support's browser without a browser, on the test's portal, logging in with the test's password. */
final class Http extends Portalwebb {

    Http(Portalmiljo miljo) {
        super(miljo.server(), miljo.fingeravtryck());
    }

    /** Logs in as the user with the test's password and the code (empty: none); the answer to the login form. */
    HttpResponse<String> loggaIn(String anvandarnamn, String kod) {
        return loggaIn(anvandarnamn, Portalmiljo.LOSENORD, kod);
    }
}
