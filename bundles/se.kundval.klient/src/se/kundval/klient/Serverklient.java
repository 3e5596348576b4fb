package se.kundval.klient;

import java.net.URI;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Inloggningsforsok;

/**
 * Shared mode (DOMAIN §11) for the workbench: logs the user in on a Kundval server and, while the
 * user is logged in, offers remote implementations of the core's services as OSGi services ranked
 * above the embedded ones ({@link #RANKNING}), so parts and handlers injected with a service get
 * the server's without knowing it. Logging out withdraws them again.
 */
public interface Serverklient {

    /** The {@code service.ranking} of the remote services: above any embedded implementation. */
    int RANKNING = 10_000;

    /** Service property that marks a remote implementation, so a server in the same process can skip it. */
    String FJARR = "se.kundval.klient.fjarr"; //$NON-NLS-1$

    /**
     * Logs in on the server and registers the remote services. A server met for the first time is
     * trusted only if {@code kontroll} accepts its fingerprint.
     *
     * @throws se.kundval.core.AtkomstNekadException with the server's message when the login is refused
     * @throws Forbindelsefel when the server does not answer
     * @throws se.kundval.core.KundvalException when the certificate is not accepted or has changed
     */
    Inloggning loggaIn(URI server, Inloggningsforsok forsok, Certifikatkontroll kontroll);

    /** Ends the session on the server (if it answers) and withdraws the remote services. */
    void loggaUt();

    boolean arInloggad();

    /** The server of the current session. */
    Optional<URI> server();
}
