package se.kundval.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import se.kundval.core.Agarfiler;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The file of an embedded database: {@code PATH.mv.db} for the URL of
 * {@link Databasanslutning#inbaddad}. It holds every kund's personal data, so it is the owner's
 * alone (decision 0232): a new one is created empty with mode 0600 in a folder made 0700 before
 * H2 fills it (H2 writes into the file it finds), and one an earlier release made world-readable
 * is restricted when it is opened.
 */
final class Databasfil {

    static final String SUFFIX = ".mv.db"; //$NON-NLS-1$

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

    static void forbered(Databasanslutning a) {
        if (!a.arInbaddad() || !a.jdbcUrl().startsWith("jdbc:h2:file:")) { //$NON-NLS-1$
            return;
        }
        Path fil = fil(a);
        if (Files.exists(fil)) {
            Agarfiler.begransa(fil);
        } else {
            Path katalog = fil.toAbsolutePath().getParent();
            if (!Files.isDirectory(katalog)) {
                Agarfiler.katalog(katalog);
            }
            Agarfiler.nyFil(fil);
        }
    }
}
