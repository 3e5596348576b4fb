package se.kundval.core.autentisering;

import java.util.Optional;

import se.kundval.core.Inloggning;

/**
 * Decides who is logging in (DOMAIN §11). In shared mode only the server calls it, and the
 * {@link Inloggning} it returns is the only identity the server trusts for the rest of the session;
 * in embedded mode the workbench and the command line call it in their own process.
 */
public interface Autentisering {

    /**
     * The login, or empty. Empty is the one answer for an unknown user, a wrong password or
     * engångskod and a locked account, given in the same time, so that no answer reveals whether a
     * user name exists.
     */
    Optional<Inloggning> autentisera(Inloggningsforsok forsok);
}
