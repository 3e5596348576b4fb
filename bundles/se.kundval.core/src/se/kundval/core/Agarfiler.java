package se.kundval.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Files with personal data that the product creates — the embedded database, its password file,
 * exports, PDFs, backups — are the owner's alone: 0600, and folders made for them 0700 (decision
 * 0232). Every place that creates such a file goes through here. On a file system without POSIX
 * permissions (a Windows share) nothing is changed and that is logged.
 */
public final class Agarfiler {

    private static final Logger LOGG = Logger.getLogger(Agarfiler.class.getName());
    private static final Set<PosixFilePermission> FIL = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
    private static final Set<PosixFilePermission> KATALOG = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

    private Agarfiler() {
    }

    /** Makes an existing file or folder the owner's alone. */
    public static void begransa(Path sokvag) {
        if (!posix(sokvag.toAbsolutePath().getFileSystem())) {
            return;
        }
        try {
            Files.setPosixFilePermissions(sokvag, Files.isDirectory(sokvag) ? KATALOG : FIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Before a file is written: a new one is created empty and owner-only, an existing one is made
     * owner-only, so that the content never stands in a file others may read.
     */
    public static Path forbered(Path fil) {
        if (Files.exists(fil)) {
            begransa(fil);
            return fil;
        }
        return nyFil(fil);
    }

    /** Creates an empty file that only the owner may read and write; it must not exist yet. */
    public static Path nyFil(Path fil) {
        try {
            return posix(fil.toAbsolutePath().getFileSystem()) ? Files.createFile(fil, attribut(FIL)) : Files.createFile(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the folder (and missing parents, which stay as they are made) owner-only, or restricts it if it exists. */
    public static Path katalog(Path katalog) {
        try {
            if (Files.isDirectory(katalog)) {
                return katalog;
            }
            Path foralder = katalog.toAbsolutePath().getParent();
            if (foralder != null) {
                Files.createDirectories(foralder);
            }
            return posix(katalog.toAbsolutePath().getFileSystem()) ? Files.createDirectory(katalog, attribut(KATALOG))
                    : Files.createDirectory(katalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary folder for files on their way to their place (an atomic move), owner-only. */
    public static Path tempkatalog(Path bredvid, String prefix) {
        try {
            Path foralder = bredvid.toAbsolutePath().getParent();
            return posix(foralder.getFileSystem()) ? Files.createTempDirectory(foralder, prefix, attribut(KATALOG))
                    : Files.createTempDirectory(foralder, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribut(Set<PosixFilePermission> rattigheter) {
        return PosixFilePermissions.asFileAttribute(rattigheter);
    }

    private static boolean posix(FileSystem filsystem) {
        boolean posix = filsystem.supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
        if (!posix) {
            LOGG.info(() -> "Filsystemet " + filsystem + " har inga POSIX-rättigheter; filerna får filsystemets egna."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return posix;
    }
}
