package se.kundval.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * The portal's sessions (DOMAIN §11): a random 256-bit token in the cookie, 30 minutes idle, 10 hours
 * in all, ended at logout. Each session carries its own CSRF token, which every form sends back
 * (decision 0351). A visitor who has not logged in yet gets a session without a user, so that the
 * login form has a CSRF token too; logging in replaces it by a new session, so a token planted before
 * login is worth nothing after it.
 */
final class Portalsessioner {

    static final Duration TOMGANG = Duration.ofMinutes(30);
    static final Duration LIVSLANGD = Duration.ofHours(10);
    private static final int TOKENBYTE = 32;

    private final SecureRandom slump = new SecureRandom();
    private final Map<String, Session> sessioner = new ConcurrentHashMap<>();
    private final Supplier<Clock> klocka;

    Portalsessioner(Supplier<Clock> klocka) {
        this.klocka = klocka;
    }

    /** A session, logged in ({@code vem} not null) or not; the new session. */
    Session ny(Inloggning vem) {
        stada();
        Instant nu = klocka.get().instant();
        Session session = new Session(slumptoken(), slumptoken(), vem, nu, nu);
        sessioner.put(session.token(), session);
        return session;
    }

    /** The living session of the token, its idle time starting anew; null for an unknown or ended one. */
    Session hamta(String token) {
        if (token == null) {
            return null;
        }
        Instant nu = klocka.get().instant();
        return sessioner.computeIfPresent(token, (t, s) -> s.leverVid(nu) ? s.anvand(nu) : null);
    }

    void avsluta(String token) {
        if (token != null) {
            sessioner.remove(token);
        }
    }

    /** Forgets every ended session, so that a server running for months does not grow. */
    private void stada() {
        Instant nu = klocka.get().instant();
        sessioner.values().removeIf(s -> !s.leverVid(nu));
    }

    private String slumptoken() {
        byte[] slumptal = new byte[TOKENBYTE];
        slump.nextBytes(slumptal);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(slumptal);
    }

    /**
     * One browser's session.
     *
     * @param token   the cookie's value
     * @param csrf    the token every form of this session carries
     * @param vem     the logged-in user, or null before login
     * @param borjade when it began
     * @param senast  its last request
     */
    record Session(String token, String csrf, Inloggning vem, Instant borjade, Instant senast) {

        boolean leverVid(Instant nu) {
            return nu.isBefore(senast.plus(TOMGANG)) && nu.isBefore(borjade.plus(LIVSLANGD));
        }

        Session anvand(Instant nu) {
            return new Session(token, csrf, vem, borjade, nu.isAfter(senast) ? nu : senast);
        }

        boolean inloggad() {
            return vem != null;
        }

        /** True when the form's token is this session's; compared in constant time. */
        boolean ratt(String csrfFranFormular) {
            return csrfFranFormular != null
                    && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                            csrfFranFormular.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
