package se.kundval.core;

import java.util.Objects;

import se.kundval.core.atkomst.Klient;
import se.kundval.model.Roll;

/**
 * The current user, passed as the first argument of every service call so that every call can
 * check rights and filter data without thread-local state. It also says where the call comes from,
 * for the access log (DOMAIN §12): the client, and the part, page or command ({@link #vid}).
 *
 * @param anvandarnamn the login name
 * @param namn         the display name
 * @param roll         the user's role
 * @param orgnr        for an anordnare user: the only anordnare whose data the user may see
 * @param klient       the client the user works in, with its address
 * @param plats        the part, page or command making the call; null when the caller names none
 */
public record Inloggning(String anvandarnamn, String namn, Roll roll, String orgnr, Klient klient, String plats) {

    /** The user the headless command line runs as: an administrator named after the OS user. */
    public static Inloggning batch(String osAnvandare) {
        return new Inloggning("batch:" + osAnvandare, osAnvandare, Roll.ADMINISTRATOR, null, //$NON-NLS-1$
                Klient.lokal(Klient.Typ.KOMMANDORAD), null);
    }

    /** A user of the workbench on this machine (embedded mode). */
    public Inloggning(String anvandarnamn, String namn, Roll roll, String orgnr) {
        this(anvandarnamn, namn, roll, orgnr, Klient.lokal(Klient.Typ.ARBETSBANK), null);
    }

    public Inloggning {
        Objects.requireNonNull(anvandarnamn, "anvandarnamn"); //$NON-NLS-1$
        Objects.requireNonNull(roll, "roll"); //$NON-NLS-1$
        Objects.requireNonNull(klient, "klient"); //$NON-NLS-1$
        if (roll == Roll.ANORDNARE && (orgnr == null || orgnr.isBlank())) {
            throw new IllegalArgumentException("an anordnare user needs an orgnr"); //$NON-NLS-1$
        }
    }

    /** The same user calling from {@code platsen}: the part, page or command the access log names. */
    public Inloggning vid(String platsen) {
        return new Inloggning(anvandarnamn, namn, roll, orgnr, klient, platsen);
    }

    /** {@link #plats()}, or {@code standard} when the caller named none. */
    public String platsEller(String standard) {
        return plats != null ? plats : standard;
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
