package se.kundval.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import se.kundval.core.Agarfiler;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved over it.
 * A failure halfway (disk full, a PDF layout error) leaves the previous file as it was and no
 * half-written one that a user might send on.
 */
public final class Filskrivning {

    /** What writes the content; it may fail with an I/O error. */
    @FunctionalInterface
    public interface Innehall {
        void skriv(OutputStream ut) throws IOException;
    }

    private Filskrivning() {
    }

    public static void skriv(Path fil, Innehall innehall) throws IOException {
        Path mal = fil.toAbsolutePath();
        Path tillfallig = Files.createTempFile(mal.getParent(), "." + mal.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            // what the workbench saves holds personal data: the owner's alone, also after the move (decision 0232)
            Agarfiler.begransa(tillfallig);
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                innehall.skriv(ut);
            }
            flytta(tillfallig, mal);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }

    private static void flytta(Path fran, Path till) throws IOException {
        try {
            Files.move(fran, till, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network shares cannot rename atomically; a plain replace is still never half written
            Files.move(fran, till, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
