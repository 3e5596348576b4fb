package se.kundval.portal.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import se.kundval.testsupport.Testdatabas;

/**
 * What a journey through the portal in a browser starts from: the portal on a new H2 database with
 * its test data, and one headless Chromium, both made before the class's first test and closed after
 * its last (a journey's steps follow one another in one session).
 */
abstract class Webbresa {

    static Portalmiljo miljo;
    static Webblasare webblasare;

    @BeforeAll
    static void startaPortalOchWebblasare() throws Exception {
        miljo = new Portalmiljo(Testdatabas.H2);
        webblasare = new Webblasare();
    }

    @AfterAll
    static void stangPortalOchWebblasare() throws Exception {
        if (webblasare != null) {
            webblasare.close();
        }
        if (miljo != null) {
            miljo.close();
        }
    }
}
