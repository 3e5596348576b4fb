package se.kundval.server.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import se.kundval.core.Inloggning;

/**
 * The logged-in users of the server (DOMAIN §11), in memory: a restart logs everyone out, which a
 * client answers by asking for the password again. A session is known by a random 256-bit token
 * (decision 0301) and ends after 30 minutes without a request, after 10 hours in all, or at logout.
 * Time is the injected clock's, so tests can move it.
 */
final class Sessioner {

    static final Duration TOMGANG = Duration.ofMinutes(30);
    static final Duration LIVSLANGD = Duration.ofHours(10);
    private static final int TOKENBYTE = 32;

    private final SecureRandom slump = new SecureRandom();
    private final Map<String, Session> sessioner = new ConcurrentHashMap<>();
    private final Supplier<Clock> klocka;

    Sessioner(Supplier<Clock> klocka) {
        this.klocka = klocka;
    }

    /** A new session for the user; its token. */
    String ny(Inloggning vem) {
        stada();
        byte[] slumptal = new byte[TOKENBYTE];
        slump.nextBytes(slumptal);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(slumptal);
        Instant nu = klocka.get().instant();
        sessioner.put(token, new Session(vem, nu, nu));
        return token;
    }

    /** The user of a living session, its idle time starting anew; null for an unknown or ended one. */
    Inloggning anvandare(String token) {
        if (token == null) {
            return null;
        }
        Instant nu = klocka.get().instant();
        Session session = sessioner.computeIfPresent(token, (t, s) -> s.leverVid(nu) ? s.anvand(nu) : null);
        return session == null ? null : session.vem();
    }

    /** Ends the session; true when there was one. */
    boolean avsluta(String token) {
        return token != null && sessioner.remove(token) != null;
    }

    /** Forgets every session that has ended, so that a server running for months does not grow. */
    private void stada() {
        Instant nu = klocka.get().instant();
        sessioner.values().removeIf(s -> !s.leverVid(nu));
    }

    private record Session(Inloggning vem, Instant borjade, Instant senast) {

        boolean leverVid(Instant nu) {
            return nu.isBefore(senast.plus(TOMGANG)) && nu.isBefore(borjade.plus(LIVSLANGD));
        }

        Session anvand(Instant nu) {
            return new Session(vem, borjade, nu.isAfter(senast) ? nu : senast);
        }
    }
}
