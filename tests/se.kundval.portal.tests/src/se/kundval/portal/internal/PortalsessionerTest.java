package se.kundval.portal.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.model.Roll;

/** DOMAIN §11's session limits and the per-address login throttle (decision 0352), on a clock the test moves. */
class PortalsessionerTest {

    private final AtomicReference<Instant> nu = new AtomicReference<>(Instant.parse("2026-11-18T09:00:00Z"));

    private Clock klocka() {
        return Clock.fixed(nu.get(), ZoneOffset.UTC);
    }

    private void flytta(Duration tid) {
        nu.updateAndGet(i -> i.plus(tid));
    }

    @Test
    void enSessionSomAnvandsSlutarEndaEfterTioTimmar() {
        Portalsessioner sessioner = new Portalsessioner(this::klocka);
        Portalsessioner.Session s = sessioner.ny(new Inloggning("a", "A", Roll.ANORDNARE, "5560360793"));
        for (int i = 0; i < 20; i++) {
            flytta(Duration.ofMinutes(29));
            assertNotNull(sessioner.hamta(s.token()), "still alive after " + (i + 1) * 29 + " min");
        }
        flytta(Duration.ofMinutes(21));
        assertNull(sessioner.hamta(s.token()), "10 hours in all");
    }

    @Test
    void varjeSessionHarEgenCsrfKodSomJamforsExakt() {
        Portalsessioner sessioner = new Portalsessioner(this::klocka);
        Portalsessioner.Session a = sessioner.ny(null);
        Portalsessioner.Session b = sessioner.ny(null);
        assertNotEquals(a.csrf(), b.csrf());
        assertTrue(a.ratt(a.csrf()));
        assertFalse(a.ratt(b.csrf()));
        assertFalse(a.ratt(null));
        assertFalse(a.ratt(a.csrf().substring(1)));
        assertFalse(a.inloggad());
    }

    @Test
    void tjugoMisslyckadeForsokPaFemtonMinuterStangerAdressen() {
        Inloggningsgrind grind = new Inloggningsgrind(this::klocka);
        for (int i = 0; i < Inloggningsgrind.GRANS; i++) {
            assertTrue(grind.oppen("10.0.0.1"));
            grind.misslyckades("10.0.0.1");
            flytta(Duration.ofSeconds(10));
        }
        assertFalse(grind.oppen("10.0.0.1"));
        assertTrue(grind.oppen("10.0.0.2"), "another address is not affected");
        flytta(Duration.ofMinutes(15).minusSeconds(10 * Inloggningsgrind.GRANS).plusSeconds(1));
        assertTrue(grind.oppen("10.0.0.1"), "the oldest failure is 15 minutes old");
        grind.misslyckades("10.0.0.1");
        assertFalse(grind.oppen("10.0.0.1"));
        grind.lyckades("10.0.0.1");
        assertTrue(grind.oppen("10.0.0.1"));
    }
}
