package se.kundval.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.function.Supplier;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Sessionslager;

/**
 * The portal's sessions (DOMAIN §11): a random 256-bit token in the cookie, kept with the server's
 * in the one {@link Sessionslager} (30 minutes idle, 10 hours in all, ended at logout; decision 0407).
 * Each session carries its own CSRF token, which every form sends back (decision 0351). A visitor who
 * has not logged in yet gets a session without a user, so that the login form has a CSRF token too;
 * logging in replaces it by a new session, so a token planted before login is worth nothing after it.
 */
final class Portalsessioner {

    private final Sessionslager<Innehall> lager;

    Portalsessioner(Supplier<Clock> klocka) {
        this.lager = new Sessionslager<>(klocka);
    }

    /** A session, logged in ({@code vem} not null) or not; the new session. */
    Session ny(Inloggning vem) {
        Innehall innehall = new Innehall(lager.slumptoken(), vem);
        return innehall.som(lager.ny(innehall));
    }

    /** The living session of the token, its idle time starting anew; null for an unknown or ended one. */
    Session hamta(String token) {
        Innehall innehall = lager.hamta(token);
        return innehall == null ? null : innehall.som(token);
    }

    void avsluta(String token) {
        lager.avsluta(token);
    }

    /** What the store keeps of a session: the cookie's token is its key. */
    private record Innehall(String csrf, Inloggning vem) {

        Session som(String token) {
            return new Session(token, csrf, vem);
        }
    }

    /**
     * One browser's session.
     *
     * @param token the cookie's value
     * @param csrf  the token every form of this session carries
     * @param vem   the logged-in user, or null before login
     */
    record Session(String token, String csrf, Inloggning vem) {

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
