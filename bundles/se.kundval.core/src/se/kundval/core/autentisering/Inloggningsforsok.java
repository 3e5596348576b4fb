package se.kundval.core.autentisering;

import java.util.Objects;

import se.kundval.core.atkomst.Klient;

/**
 * One attempt to log in, as a client sent it.
 *
 * @param anvandarnamn the user name typed
 * @param losenord     the password typed; the caller clears the array after the call
 * @param engangskod   the TOTP code (RFC 6238) an anordnare user also gives; null when none was asked
 * @param klient       where the attempt comes from, for the access log and the lockout
 */
public record Inloggningsforsok(String anvandarnamn, char[] losenord, String engangskod, Klient klient) {

    public Inloggningsforsok {
        Objects.requireNonNull(anvandarnamn, "anvandarnamn"); //$NON-NLS-1$
        Objects.requireNonNull(losenord, "losenord"); //$NON-NLS-1$
        Objects.requireNonNull(klient, "klient"); //$NON-NLS-1$
    }
}
