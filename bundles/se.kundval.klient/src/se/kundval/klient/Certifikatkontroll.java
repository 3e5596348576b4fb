package se.kundval.klient;

import java.net.URI;

/**
 * Asked once per server, the first time a client meets it (trust on first use): the server's
 * certificate is usually self-signed (DOMAIN §11), so no authority vouches for it and only the user,
 * who got the fingerprint from the IT administrator, can. A "yes" is remembered; a server whose
 * certificate later differs from the remembered one is refused without asking.
 */
@FunctionalInterface
public interface Certifikatkontroll {

    /**
     * @param server the server's address
     * @param sha256 the SHA-256 fingerprint of its certificate, as the server prints it at start
     * @return true when the user recognises the fingerprint and wants to go on
     */
    boolean godta(URI server, String sha256);
}
