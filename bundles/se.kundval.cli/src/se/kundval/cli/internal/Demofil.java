package se.kundval.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The demo on an embedded database (decision 0412): built in a copy of the file beside it, and the
 * copy moved over the file only when the demo is whole. A demo killed at any moment leaves the file
 * byte for byte as it was, so nothing depends on how H2 recovers a file killed again and again (a
 * row of a killed demo once survived that, decision 0387). The copy keeps whatever the file held
 * (users, prices) and its key. What a killed run left beside the file is removed by the next run.
 */
final class Demofil {

    /** Added to the file's name for the copy the demo is built in. */
    static final String BYGGE = "-demobygge"; //$NON-NLS-1$

    private Demofil() {
    }

    /**
     * Runs {@code demo} on a copy of the connected file and puts the copy in its place. The database
     * is closed afterwards, as the command's end would close it.
     *
     * @param fil the file of the connected database, with H2's suffix
     */
    static <T> T bygg(Databas databas, Path fil, Supplier<T> demo) {
        Databasanslutning mal = databas.anslutning();
        Path bygge = bygge(fil);
        databas.stang();
        try {
            // with the file's owner-only mode (decision 0232): the copy is the database to be
            Files.copy(fil, bygge, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            databas.anslut(mal.iFil(bygge));
            T resultat = demo.get();
            databas.stang();
            Files.move(bygge, fil, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return resultat;
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.demofil, fil, e.getMessage()), e);
        } finally {
            databas.stang();
            taBort(bygge);
        }
    }

    /** {@code NAMN-demobygge.mv.db} beside {@code NAMN.mv.db}: the same folder, so the move is a rename. */
    static Path bygge(Path fil) {
        String namn = fil.getFileName().toString();
        String bas = namn.substring(0, namn.length() - Databasanslutning.SUFFIX.length());
        return fil.resolveSibling(bas + BYGGE + Databasanslutning.SUFFIX);
    }

    private static void taBort(Path bygge) {
        try {
            Files.deleteIfExists(bygge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
