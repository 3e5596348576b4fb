package se.kundval.core.dataskydd;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Messages;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * How a command or the server gets the key of an encrypted embedded database (decision 0386): from
 * an owner-only key file or, in a terminal, by asking; never from the command line, where the
 * process list would show it. Also tells an encrypted H2 file from a plain one by its header, so
 * the key is asked for only when the file needs it.
 */
public final class Databasnyckel {

    /** What H2 writes first in a file it encrypts (its FileEncrypt header). */
    private static final byte[] KRYPTERAD_HUVUD = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final Set<PosixFilePermission> ANDRAS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * PBKDF2 before H2's own derivation, which salts per file but iterates only ten times: a guessed
     * key then costs as much as a guessed user password of DOMAIN §11.
     */
    private static final int VARV = 600_000;
    private static final byte[] SALT = "se.kundval.databasnyckel".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private Databasnyckel() {
    }

    /**
     * H2's password for an encrypted file: "file password, space, user password", both derived from
     * the key (hexadecimal, so any key works, spaces included). The user password is derived too, so
     * the key alone opens the file, its backups and a copy moved elsewhere.
     */
    public static String losenord(char[] nyckel) {
        try {
            byte[] fil = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256") //$NON-NLS-1$
                    .generateSecret(new PBEKeySpec(nyckel, SALT, VARV, 256)).getEncoded();
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(fil, "HmacSHA256")); //$NON-NLS-1$
            byte[] anvandare = mac.doFinal("anvandare".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
            return HexFormat.of().formatHex(fil) + ' ' + HexFormat.of().formatHex(anvandare);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file H2 keeps the database of {@code fil} in: {@code fil} with {@code .mv.db} added when it lacks it. */
    public static Path databasfil(Path fil) {
        String namn = fil.toString();
        return namn.endsWith(Databasanslutning.SUFFIX) ? fil : Path.of(namn + Databasanslutning.SUFFIX);
    }

    /** The database file exists and H2 encrypted it. */
    public static boolean arKrypterad(Path fil) {
        Path db = databasfil(fil);
        if (!Files.isRegularFile(db)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(db)) {
            return Arrays.equals(in.readNBytes(KRYPTERAD_HUVUD.length), KRYPTERAD_HUVUD);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The embedded database of {@code fil}: encrypted when the file is or when {@code krypterad} asks
     * for a new one, with the key from {@code nyckelfil} or, without one, asked in the terminal.
     *
     * @throws DatabasnyckelException when the key is needed and cannot be had, or a key is given for a
     *                                file that exists unencrypted
     */
    public static Databasanslutning anslutning(Path fil, boolean krypterad, Path nyckelfil) {
        Path db = databasfil(fil);
        boolean finns = Files.exists(db);
        boolean arKrypterad = arKrypterad(fil);
        if (finns && !arKrypterad) {
            if (krypterad || nyckelfil != null) {
                throw new DatabasnyckelException(NLS.bind(Messages.databasenInteKrypterad, db), false);
            }
            return Databasanslutning.inbaddad(fil);
        }
        if (!arKrypterad && !krypterad) {
            if (nyckelfil != null) {
                throw new DatabasnyckelException(NLS.bind(Messages.nyckelUtanKrypterad, db), false);
            }
            return Databasanslutning.inbaddad(fil);
        }
        char[] nyckel = nyckelfil != null ? lasFil(nyckelfil) : fraga(db, !finns);
        try {
            return Databasanslutning.krypterad(fil, nyckel);
        } finally {
            Arrays.fill(nyckel, '\0');
        }
    }

    /** The first line of an owner-only key file; refused when the group or others may read it. */
    public static char[] lasFil(Path fil) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(fil, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> rattigheter = posix.readAttributes().permissions();
                if (rattigheter.stream().anyMatch(ANDRAS::contains)) {
                    throw new DatabasnyckelException(NLS.bind(Messages.nyckelfilenLasbar, fil,
                            PosixFilePermissions.toString(rattigheter)), false);
                }
            }
            String innehall = Files.readString(fil, StandardCharsets.UTF_8);
            int radslut = innehall.indexOf('\n');
            String nyckel = (radslut < 0 ? innehall : innehall.substring(0, radslut)).replace("\r", ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (nyckel.isEmpty()) {
                throw new DatabasnyckelException(NLS.bind(Messages.nyckelfilenTom, fil), false);
            }
            return nyckel.toCharArray();
        } catch (IOException e) {
            throw new DatabasnyckelException(NLS.bind(Messages.nyckelfilenKanInteLasas, fil, e.getMessage()), false);
        }
    }

    /** Asks in the terminal; a new database's key twice, since a mistyped one would lock its data away for good. */
    private static char[] fraga(Path db, boolean ny) {
        Console konsol = System.console();
        if (konsol == null || !arTerminal(konsol)) {
            throw new DatabasnyckelException(NLS.bind(Messages.nyckelSaknas, db), false);
        }
        char[] nyckel = konsol.readPassword("%s", NLS.bind(Messages.nyckelFraga, db)); //$NON-NLS-1$
        if (nyckel == null || nyckel.length == 0) {
            throw new DatabasnyckelException(NLS.bind(Messages.nyckelSaknas, db), false);
        }
        if (ny) {
            char[] igen = konsol.readPassword("%s", Messages.nyckelIgen); //$NON-NLS-1$
            boolean lika = Arrays.equals(nyckel, igen);
            if (igen != null) {
                Arrays.fill(igen, '\0');
            }
            if (!lika) {
                throw new DatabasnyckelException(Messages.nycklarnaOlika, false);
            }
        }
        return nyckel;
    }

    /**
     * From JDK 22 {@code System.console()} answers also when the streams are redirected, and only
     * {@code Console.isTerminal()} (absent in 21, the bundle's floor) says whether a person can type:
     * without one a prompt would wait on a pipe or read the next line of a script as the key.
     */
    private static boolean arTerminal(Console konsol) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(konsol); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
