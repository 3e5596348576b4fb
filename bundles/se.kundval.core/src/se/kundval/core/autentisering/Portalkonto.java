package se.kundval.core.autentisering;

/**
 * One staff account as a portal-admin sees it: never the hash or the TOTP secret.
 *
 * @param anvandarnamn the login name
 * @param namn         the display name
 * @param aktiv        false when a portal-admin or the administratör has locked it
 * @param portaladmin  whether it may keep the organisation's accounts
 * @param tillfalligtLast locked for a while after failed logins (DOMAIN §11)
 */
public record Portalkonto(String anvandarnamn, String namn, boolean aktiv, boolean portaladmin, boolean tillfalligtLast) {
}
