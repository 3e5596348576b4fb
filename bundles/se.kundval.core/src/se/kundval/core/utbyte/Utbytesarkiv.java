package se.kundval.core.utbyte;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;

/**
 * An interchange folder (DOMAIN §9) as one ZIP stream, the form in which its files' content travels
 * between a client and the Kundval server (docs/decisions/0380-import-och-export-genom-servern.md):
 * only the {@code .csv} files directly in the folder, each by its plain name, so that neither side
 * ever reads or writes a path the other names. Unpacked files are owner-only where the file system
 * knows POSIX permissions, since they hold personal data.
 */
public final class Utbytesarkiv {

    /** The unpacked files of one import or export together; a guard against a ZIP bomb, far above a real register. */
    public static final long STORSTA_UPPACKAT = 2L * 1024 * 1024 * 1024;
    /** The media type of the stream. */
    public static final String MEDIATYP = "application/zip"; //$NON-NLS-1$
    private static final String CSV = ".csv"; //$NON-NLS-1$
    private static final Set<PosixFilePermission> BARA_AGAREN = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$

    private Utbytesarkiv() {
    }

    /** The {@code .csv} files directly in the folder, by name in order: what an import reads. */
    public static List<String> csvfiler(Path katalog) throws IOException {
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(CSV))
                    .sorted().toList();
        }
    }

    /** Writes the named files of the folder, in the given order, as one ZIP stream; {@code ut} is finished, not closed. */
    public static void packa(Path katalog, List<String> filer, OutputStream ut) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(ut);
        for (String namn : filer) {
            zip.putNextEntry(new ZipEntry(namn));
            Files.copy(katalog.resolve(namn), zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /**
     * Unpacks a ZIP stream into the folder (created when missing): every entry must be a plain
     * {@code .csv} file name, and all of them together at most {@link #STORSTA_UPPACKAT}.
     *
     * @return the names written, in the stream's order
     * @throws UtbytesfelException naming the entry that is not a file name or the size passed
     */
    public static List<String> packaUpp(InputStream in, Path katalog) throws IOException {
        Files.createDirectories(katalog);
        List<String> namn = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(in);
        long uppackat = 0;
        byte[] buffert = new byte[64 * 1024];
        for (ZipEntry post = zip.getNextEntry(); post != null; post = zip.getNextEntry()) {
            if (post.isDirectory() || !arFilnamn(post.getName())) {
                throw new UtbytesfelException(List.of(NLS.bind(Messages.arkivFelNamn, post.getName())));
            }
            try (OutputStream fil = bara(katalog.resolve(post.getName()))) {
                for (int n = zip.read(buffert); n >= 0; n = zip.read(buffert)) {
                    uppackat += n;
                    if (uppackat > STORSTA_UPPACKAT) {
                        throw new UtbytesfelException(List.of(NLS.bind(Messages.arkivForStort, STORSTA_UPPACKAT / (1024 * 1024))));
                    }
                    fil.write(buffert, 0, n);
                }
            }
            namn.add(post.getName());
        }
        return namn;
    }

    /** A plain name of a {@code .csv} file: no folder, no way up, nothing the file system reads as a path. */
    public static boolean arFilnamn(String namn) {
        return namn != null && namn.endsWith(CSV) && namn.length() > CSV.length() && namn.indexOf('/') < 0
                && namn.indexOf('\\') < 0 && namn.indexOf('\0') < 0 && !namn.startsWith("."); //$NON-NLS-1$
    }

    /** Opens the file for writing as its owner alone may read it, created so when new, before a byte is written. */
    public static OutputStream bara(Path fil) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
            if (Files.exists(fil)) {
                Files.setPosixFilePermissions(fil, BARA_AGAREN);
            } else {
                Files.createFile(fil, PosixFilePermissions.asFileAttribute(BARA_AGAREN));
            }
        }
        return Files.newOutputStream(fil, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }
}
