package se.kundval.core.autentisering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN §11's session rules, written once for the server and the portal (decision 0407): 30 minutes
 * idle, 10 hours in all however busy, ended at logout, tokens of 256 random bits.
 */
class SessionslagerTest {

    private final AtomicReference<Instant> nu = new AtomicReference<>(Instant.parse("2026-11-18T09:00:00Z"));
    private final Sessionslager<String> lager = new Sessionslager<>(() -> Clock.fixed(nu.get(), ZoneOffset.UTC));

    private void flytta(Duration tid) {
        nu.updateAndGet(i -> i.plus(tid));
    }

    @Test
    void trettioMinuterUtanAnropAvslutarSessionen() {
        String token = lager.ny("hl1");
        flytta(Duration.ofMinutes(29).plusSeconds(59));
        assertEquals("hl1", lager.hamta(token), "each call starts the idle time anew");
        flytta(Duration.ofMinutes(29).plusSeconds(59));
        assertEquals("hl1", lager.hamta(token));
        flytta(Duration.ofMinutes(30));
        assertNull(lager.hamta(token), "30 minutes without a call");
        assertNull(lager.hamta(token), "and it stays ended");
    }

    @Test
    void tioTimmarSammanlagtTrotsAktivitet() {
        String token = lager.ny("hl1");
        for (int minuter = 25; minuter < Sessionslager.LIVSLANGD.toMinutes(); minuter += 25) {
            flytta(Duration.ofMinutes(25));
            assertEquals("hl1", lager.hamta(token), "alive after " + minuter + " minutes");
        }
        flytta(Duration.ofMinutes(25));
        assertNull(lager.hamta(token), "10 hours in all");
    }

    @Test
    void utloggningAvslutarBaraDenSessionen() {
        String a = lager.ny("a");
        String b = lager.ny("b");
        assertNotEquals(a, b);
        assertEquals(43, a.length(), "256 bits, base64url without padding");
        assertTrue(lager.avsluta(a));
        assertFalse(lager.avsluta(a), "once");
        assertNull(lager.hamta(a));
        assertEquals("b", lager.hamta(b));
        assertNull(lager.hamta(null));
        assertNull(lager.hamta("finns-inte"));
    }
}
