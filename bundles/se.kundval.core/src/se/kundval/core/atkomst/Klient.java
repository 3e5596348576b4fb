package se.kundval.core.atkomst;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a user works from, as the access log records it: the kind of client and its address. In
 * embedded mode the workbench or command line runs on the machine that holds the database, so the
 * address is the local host name; the server of DOMAIN §11 will give the remote address of the
 * request instead (see docs/decisions/0200-atkomstlogg.md).
 *
 * @param typ    the kind of client
 * @param adress the host name or address the access came from
 */
public record Klient(Typ typ, String adress) {

    /** The kinds of client DOMAIN §12 names. */
    public enum Typ {
        ARBETSBANK,
        KOMMANDORAD,
        PORTAL
    }

    public Klient {
        Objects.requireNonNull(typ, "typ"); //$NON-NLS-1$
        Objects.requireNonNull(adress, "adress"); //$NON-NLS-1$
    }

    /** A client running on this machine, with its host name as address. */
    public static Klient lokal(Typ typ) {
        return new Klient(typ, Vard.NAMN);
    }

    /** Looked up once, when first needed: a name lookup may wait on DNS, and a login should not. */
    private static final class Vard {
        static final String NAMN = namn();

        private Vard() {
        }

        private static String namn() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost"; // a machine without a resolvable name still gets a readable address //$NON-NLS-1$
            }
        }
    }
}
