package se.kundval.core.autentisering;

import java.util.List;

import se.kundval.core.Inloggning;

/**
 * An anordnare's own staff accounts in the portal (DOMAIN §14), kept by its portal-admin: an
 * anordnare user whose account has the portal-admin mark (the municipality's administratör sets it on
 * the first one, {@code anvandare ny … --portaladmin}). Every method checks in the service, against
 * the caller's stored account, that the caller is an active portal-admin and that the account it
 * names belongs to the caller's own organisation; another organisation's account answers as if it
 * did not exist (docs/decisions/0377-portaladmin.md).
 */
public interface Portalkonton {

    /** Whether the user is an active portal-admin of its organisation: what the portal asks before it shows the accounts. */
    boolean arPortaladmin(Inloggning vem);

    /** The accounts of the caller's organisation, by user name. */
    List<Portalkonto> konton(Inloggning vem);

    /**
     * A new anordnare user of the caller's organisation with a password and a new TOTP secret, shown
     * once.
     *
     * @throws se.kundval.core.KundvalException when the name is empty or taken, or the password empty
     */
    NyttKonto skapa(Inloggning vem, String anvandarnamn, String namn, char[] losenord, boolean portaladmin);

    /**
     * Locks (the account can no longer log in) or unlocks the account; unlocking also lifts a lock
     * after failed logins. A portal-admin cannot lock itself out.
     */
    Portalkonto lasa(Inloggning vem, String anvandarnamn, boolean last);

    /**
     * A new password and a new TOTP secret for the account (the old code stops working), shown once;
     * the account is unlocked.
     */
    NyttKonto aterstall(Inloggning vem, String anvandarnamn, char[] losenord);
}
