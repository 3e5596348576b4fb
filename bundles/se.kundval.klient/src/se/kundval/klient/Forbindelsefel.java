package se.kundval.klient;

import se.kundval.core.KundvalException;

/**
 * The server did not answer (stopped, restarted, the network gone). Nothing the user was editing is
 * lost: the call that failed changed nothing on the client, and the same call can be made again
 * once the server answers.
 */
public class Forbindelsefel extends KundvalException {

    private static final long serialVersionUID = 1L;

    public Forbindelsefel(String message, Throwable cause) {
        super(message, cause);
    }
}
