package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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

    /** axe-core finds no WCAG 2.1 A/AA violation on the page; and the page's screenshots at 1280 and 375 px. */
    static void sida(String namn) {
        assertEquals(List.of(), webblasare.tillganglighetsbrott(), namn + ": WCAG 2.1 A/AA violations");
        webblasare.skarmbild(namn, 1280);
        webblasare.skarmbild(namn, 375);
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
