package se.kundval.core.autentisering;

import java.time.Instant;

import se.kundval.model.Roll;

/**
 * One way to log in, contributed through the {@code autentisering} extension point (DOMAIN §11):
 * password and TOTP first, e-legitimation later. The product finds the account, keeps the lockout,
 * answers an unknown user as a wrong password and writes what a login changes; a method only says
 * whether the proof in the attempt is right for the account. Instances are shared and called from
 * many threads at once, so a method keeps no state of its own.
 */
public interface Inloggningsmetod {

    /** Whether users of the role may log in this way; a login is tried only with the methods that apply. */
    boolean galler(Roll roll);

    /**
     * Whether the attempt proves it is the account's user.
     *
     * @param forsok the attempt as the client sent it
     * @param konto  the account it names; for an unknown user a stand-in that costs the same work and accepts nothing
     * @param lage   embedded (the caller holds the database) or through the server
     * @param nu     now, from the product's clock
     */
    boolean godkanner(Inloggningsforsok forsok, Inloggningskonto konto, Inloggningslage lage, Instant nu);
}
