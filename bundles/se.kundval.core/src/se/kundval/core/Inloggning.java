package se.kundval.core;

import java.util.Objects;

import se.kundval.model.Roll;

/**
 * The current user, passed as the first argument of every service call so that every call can
 * check rights and filter data without thread-local state.
 *
 * @param anvandarnamn the login name
 * @param namn         the display name
 * @param roll         the user's role
 * @param orgnr        for an anordnare user: the only anordnare whose data the user may see
 */
public record Inloggning(String anvandarnamn, String namn, Roll roll, String orgnr) {

    /** The user the headless command line runs as: an administrator named after the OS user. */
    public static Inloggning batch(String osAnvandare) {
        return new Inloggning("batch:" + osAnvandare, osAnvandare, Roll.ADMINISTRATOR, null); //$NON-NLS-1$
    }

    public Inloggning {
        Objects.requireNonNull(anvandarnamn, "anvandarnamn"); //$NON-NLS-1$
        Objects.requireNonNull(roll, "roll"); //$NON-NLS-1$
        if (roll == Roll.ANORDNARE && (orgnr == null || orgnr.isBlank())) {
            throw new IllegalArgumentException("an anordnare user needs an orgnr"); //$NON-NLS-1$
        }
    }

    public boolean har(Rattighet rattighet) {
        return Rollbehorighet.har(roll, rattighet);
    }

    /** Throws {@link AtkomstNekadException} unless the user has the right. */
    public void kraver(Rattighet rattighet) {
        if (!har(rattighet)) {
            throw new AtkomstNekadException(this, rattighet);
        }
    }

    /** True for an anordnare user, whose reach is limited to its own organisation. */
    public boolean begransadTillAnordnare() {
        return roll == Roll.ANORDNARE;
    }
}
