package se.kundval.core.autentisering;

/**
 * Where a login is checked (DOMAIN §11). Embedded, the workbench or command line opens the
 * database file itself: whoever runs it already holds all data, so a second factor would protect
 * nothing (docs/decisions/0313-engangskod-bara-mot-servern.md). Through the server, every rule applies.
 */
public enum Inloggningslage {
    INBADDAD,
    SERVER
}
