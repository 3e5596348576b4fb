package se.kundval.core.autentisering;

import java.util.Optional;

import se.kundval.model.Roll;

/**
 * The stored account a login attempt names, as an {@link Inloggningsmetod} may use it: it checks
 * the password and the one-time codes but never hands out the hash. What a method changes here (a
 * used TOTP step, a stronger hash) is written only if the login succeeds, in the same transaction
 * as the rest of the login's bookkeeping.
 */
public interface Inloggningskonto {

    String anvandarnamn();

    Roll roll();

    /** Whether the password matches the stored hash; the same work whether it does or not. */
    boolean losenordStammer(char[] losenord);

    /** The account's TOTP secret (RFC 6238, Base32), if it has one. */
    Optional<String> engangshemlighet();

    /**
     * Claims a TOTP time step for this login: false when that step or a later one was already used,
     * so a code works once (no replay) and never after a newer one.
     */
    boolean forbrukaTidssteg(long tidssteg);
}
