package se.kundval.core.utbyte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.kundval.core.Agarfiler;

/**
 * Where an export is written before it counts (docs/decisions/0405-export-i-tillfallig-mapp.md): a
 * folder of its own beside the target, on the same file system, owner-only ({@link Agarfiler}). Only
 * when every file is complete are they moved into the target, each by a rename; a target that did not
 * exist is the renamed folder itself. An export that fails before that leaves the target as it was
 * and, once this is closed, nothing new beside it: half an export imported later would look like a
 * whole one.
 */
public final class Exportmapp implements AutoCloseable {

    private static final String PREFIX = ".kundval-export-"; //$NON-NLS-1$

    private final Path katalog;
    private final Path tillfallig;

    private Exportmapp(Path katalog, Path tillfallig) {
        this.katalog = katalog;
        this.tillfallig = tillfallig;
    }

    /** A new, empty folder beside {@code katalog}; the folders above the target are made when missing. */
    public static Exportmapp bredvid(Path katalog) throws IOException {
        Path mal = katalog.toAbsolutePath().normalize();
        Files.createDirectories(mal.getParent());
        try {
            return new Exportmapp(mal, Agarfiler.tempkatalog(mal, PREFIX));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The folder to write the export's files in. */
    public Path tillfallig() {
        return tillfallig;
    }

    /**
     * Moves every file written into the target, replacing files of the same name there, and removes
     * from the target the files {@code utelamnade} names (files of an earlier export that this one no
     * longer has).
     */
    public void flyttaPaPlats(Collection<String> utelamnade) throws IOException {
        if (!Files.exists(katalog)) {
            flytta(tillfallig, katalog);
            return;
        }
        List<Path> filer;
        try (Stream<Path> lista = Files.list(tillfallig)) {
            filer = lista.sorted().toList();
        }
        for (Path fil : filer) {
            flytta(fil, katalog.resolve(fil.getFileName().toString()));
        }
        for (String namn : utelamnade) {
            if (Utbytesarkiv.arFilnamn(namn)) {
                Files.deleteIfExists(katalog.resolve(namn));
            }
        }
    }

    /** Removes the temporary folder with what is left in it: all of it after a failure, nothing after a move. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(tillfallig)) {
            return;
        }
        try (Stream<Path> alla = Files.walk(tillfallig)) {
            for (Path p : alla.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A rename; where the file system cannot promise it atomic, a plain rename in the same folder still is one in practice. */
    private static void flytta(Path fran, Path till) throws IOException {
        try {
            Files.move(fran, till, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fran, till, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
