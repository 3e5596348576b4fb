package se.kundval.core;

/**
 * Someone else saved a newer version of what the user tried to save. Nothing was written; the
 * user's changes are still in the object they tried to save.
 */
public class KonfliktException extends KundvalException {

    private static final long serialVersionUID = 1L;

    public KonfliktException(String message, Throwable cause) {
        super(message, cause);
    }
}
