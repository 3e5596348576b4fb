package se.kundval.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;
import org.h2.api.ErrorCode;

import se.kundval.core.Agarfiler;
import se.kundval.core.KundvalException;
import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.dataskydd.DatabasnyckelException;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The file of an embedded database: {@code PATH.mv.db} for the URL of
 * {@link Databasanslutning#inbaddad}. It holds every kund's personal data, so it is the owner's
 * alone (decision 0232): a new one is created empty with mode 0600 in a folder made 0700 before
 * H2 fills it (H2 writes into the file it finds), and one an earlier release made world-readable
 * is restricted when it is opened. An existing file is opened once before the pool (decision 0386):
 * a wrong or missing key is said plainly instead of as H2's "file corrupted", and a file an earlier
 * release made with H2's {@code sa} without a password gets the product's own user.
 */
final class Databasfil {

    static final String SUFFIX = Databasanslutning.SUFFIX;

    /** H2's default administrator, with an empty password, in files made before decision 0386. */
    private static final String TIDIGARE_ANVANDARE = "SA"; //$NON-NLS-1$

    private Databasfil() {
    }

    static Path fil(Databasanslutning a) {
        return Path.of(bas(a) + SUFFIX);
    }

    /** The name H2 adds {@value #SUFFIX} to. */
    static String bas(Databasanslutning a) {
        String url = a.jdbcUrl();
        int slut = url.indexOf(';');
        return url.substring("jdbc:h2:file:".length(), slut < 0 ? url.length() : slut); //$NON-NLS-1$
    }

    /** Whether the connection's database is an embedded H2 file (not PostgreSQL, not in memory). */
    static boolean arFil(Databasanslutning a) {
        return a.arInbaddad() && a.jdbcUrl().startsWith("jdbc:h2:file:"); //$NON-NLS-1$
    }

    static void forbered(Databasanslutning a) {
        if (!arFil(a)) {
            return;
        }
        Path fil = fil(a);
        if (Files.exists(fil)) {
            Agarfiler.begransa(fil);
            if (storlek(fil) > 0) {
                oppnaForsta(a);
            }
        } else {
            Path katalog = fil.toAbsolutePath().getParent();
            if (!Files.isDirectory(katalog)) {
                Agarfiler.katalog(katalog);
            }
            Agarfiler.nyFil(fil);
        }
    }

    /**
     * Opens the existing file once with the connection's key and user: refuses a key that does not
     * fit, and takes over a file of an earlier release.
     */
    static void oppnaForsta(Databasanslutning a) {
        Path fil = fil(a);
        boolean krypterad = Databasnyckel.arKrypterad(fil);
        if (krypterad != a.arKrypterad()) {
            throw new DatabasnyckelException(NLS.bind(krypterad ? se.kundval.core.Messages.nyckelSaknas
                    : se.kundval.core.Messages.databasenInteKrypterad, fil), false);
        }
        try (Connection c = Anslutningspool.drivrutinensKalla(a).getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            if (krypterad && (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
                throw new DatabasnyckelException(NLS.bind(Messages.felNyckel, fil), true);
            }
            if (krypterad || e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD || !taOver(a)) {
                throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, a, e.getMessage()), e);
            }
        }
    }

    /**
     * A file of an earlier release: its administrator {@code sa} creates the product's user, which
     * then gives {@code sa} a random password nobody keeps. {@code sa} stays (it owns the schema,
     * and H2 cannot give a schema to another user) but can no longer log in.
     *
     * @return false when the file is not such a file either
     */
    private static boolean taOver(Databasanslutning a) {
        try (Connection c = Anslutningspool.drivrutinensKalla(new Databasanslutning(a.jdbcUrl(), TIDIGARE_ANVANDARE, "")) //$NON-NLS-1$
                .getConnection(); Statement st = c.createStatement()) {
            st.execute("create user if not exists " + a.anvandare() + " password '" + a.losenord().replace("'", "''") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + "' admin"); //$NON-NLS-1$
        } catch (SQLException e) {
            return false;
        }
        byte[] slump = new byte[32];
        new SecureRandom().nextBytes(slump);
        try (Connection c = Anslutningspool.drivrutinensKalla(a).getConnection(); Statement st = c.createStatement()) {
            st.execute("alter user " + TIDIGARE_ANVANDARE + " set password '" + HexFormat.of().formatHex(slump) + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, a, e.getMessage()), e);
        }
    }

    private static long storlek(Path fil) {
        try {
            return Files.size(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
