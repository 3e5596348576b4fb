package se.kundval.core;

/** Base of the service layer's exceptions; the message is Swedish and meant for the user. */
public class KundvalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KundvalException(String message) {
        super(message);
    }

    public KundvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
