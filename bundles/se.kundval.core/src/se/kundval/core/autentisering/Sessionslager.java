package se.kundval.core.autentisering;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The logged-in sessions of one door to the data, in memory (DOMAIN §11): the server's API keeps its
 * users here and the portal its browsers, so the rules are written once
 * (docs/decisions/0407-ett-sessionslager.md). A session is known by a random 256-bit token and ends
 * after {@link #TOMGANG} without a request, after {@link #LIVSLANGD} in all, or when it is ended
 * (logout). A restart forgets every session. Time is the injected clock's, so tests can move it.
 *
 * @param <V> what a session holds: the user, or more (the portal's CSRF token)
 */
public final class Sessionslager<V> {

    public static final Duration TOMGANG = Duration.ofMinutes(30);
    public static final Duration LIVSLANGD = Duration.ofHours(10);
    private static final int TOKENBYTE = 32;

    private final SecureRandom slump = new SecureRandom();
    private final Map<String, Session<V>> sessioner = new ConcurrentHashMap<>();
    private final Supplier<Clock> klocka;

    public Sessionslager(Supplier<Clock> klocka) {
        this.klocka = klocka;
    }

    /** A new session holding {@code varde}; its token. */
    public String ny(V varde) {
        stada();
        String token = slumptoken();
        Instant nu = klocka.get().instant();
        sessioner.put(token, new Session<>(varde, nu, nu));
        return token;
    }

    /** What the living session holds, its idle time starting anew; null for an unknown or ended one. */
    public V hamta(String token) {
        if (token == null) {
            return null;
        }
        Instant nu = klocka.get().instant();
        Session<V> session = sessioner.computeIfPresent(token, (t, s) -> s.leverVid(nu) ? s.anvand(nu) : null);
        return session == null ? null : session.varde();
    }

    /** Ends the session (logout); true when there was one. */
    public boolean avsluta(String token) {
        return token != null && sessioner.remove(token) != null;
    }

    /** 256 random bits, base64url without padding: a session's token, or another secret of one. */
    public String slumptoken() {
        byte[] slumptal = new byte[TOKENBYTE];
        slump.nextBytes(slumptal);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(slumptal);
    }

    /** Forgets every session that has ended, so that a server running for months does not grow. */
    private void stada() {
        Instant nu = klocka.get().instant();
        sessioner.values().removeIf(s -> !s.leverVid(nu));
    }

    private record Session<V>(V varde, Instant borjade, Instant senast) {

        boolean leverVid(Instant nu) {
            return nu.isBefore(senast.plus(TOMGANG)) && nu.isBefore(borjade.plus(LIVSLANGD));
        }

        Session<V> anvand(Instant nu) {
            return new Session<>(varde, borjade, nu.isAfter(senast) ? nu : senast);
        }
    }
}
