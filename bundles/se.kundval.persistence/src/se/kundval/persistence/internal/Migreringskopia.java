package se.kundval.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import com.zaxxer.hikari.HikariDataSource;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.typ.Schemabidrag;

/**
 * Opens the pool on a database whose schema is up to date. An embedded database's pending scripts
 * run in a copy beside its file, which takes the file's place only when every script has run
 * (decision 0470). H2 commits each DDL statement at once, so a start killed or failing in the
 * middle of a script left a half-migrated file that no later start could migrate: a sequence or a
 * column "already exists", for good. PostgreSQL runs each script in a transaction and needs no copy;
 * nor does a file with nothing pending, the everyday start, which only asks Flyway through the pool
 * it goes on to use, so the file is opened once.
 */
final class Migreringskopia {

    /** Beside {@code NAME.mv.db}: {@code NAME.migrering.mv.db}, removed or renamed before the start ends. */
    static final String KOPIA = ".migrering"; //$NON-NLS-1$

    private Migreringskopia() {
    }

    /**
     * The pool the database is used through from here on, its schema migrated.
     *
     * @param storlek the pool size setting, as {@link Anslutningspool#oppna} takes it
     */
    static HikariDataSource oppnaAktuell(Databasanslutning anslutning, String storlek, Bundle persistens,
            List<Schemabidrag> bidrag) {
        HikariDataSource pool = Anslutningspool.oppna(anslutning, storlek);
        try {
            if (!Databasfil.arFil(anslutning) || !Schemamigrering.harVantande(anslutning, pool, persistens, bidrag)) {
                // Flyway still checks the scripts it recorded against the installed ones (an edited
                // script is an error), and migrates a database that runs each script in a transaction
                Schemamigrering.migrera(anslutning, pool, persistens, bidrag);
                return pool;
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        // the file must be closed while its copy is made and while the copy takes its place
        pool.close();
        migreraIKopia(anslutning, persistens, bidrag);
        return Anslutningspool.oppna(anslutning, storlek);
    }

    private static void migreraIKopia(Databasanslutning anslutning, Bundle persistens, List<Schemabidrag> bidrag) {
        Path fil = Databasfil.fil(anslutning);
        String kopiansBas = Databasfil.bas(anslutning) + KOPIA;
        Path kopia = Path.of(kopiansBas + Databasfil.SUFFIX);
        try {
            // what a start killed before its rename left behind: never the database, only a try at it
            taBort(kopiansBas);
            // the copy keeps the file's owner-only permissions (Databasfil made them so)
            Files.copy(fil, kopia, StandardCopyOption.COPY_ATTRIBUTES);
            Databasanslutning iKopian = anslutning.iFil(Path.of(kopiansBas));
            try (HikariDataSource pool = Anslutningspool.oppna(iKopian, null)) {
                Schemamigrering.migrera(iKopian, pool, persistens, bidrag);
            }
            // the pool closed the copy; the rename is the one step that makes the new schema the database's
            Files.move(kopia, fil, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            taBort(kopiansBas);
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, anslutning, e.getMessage()), e);
        } catch (RuntimeException e) {
            taBortTyst(kopiansBas);
            throw e;
        }
    }

    private static void taBort(String bas) throws IOException {
        Files.deleteIfExists(Path.of(bas + Databasfil.SUFFIX));
        Files.deleteIfExists(Path.of(bas + ".trace.db")); //$NON-NLS-1$
    }

    private static void taBortTyst(String bas) {
        try {
            taBort(bas);
        } catch (IOException e) {
            // the failure being reported matters more; the next start removes the copy
        }
    }
}
