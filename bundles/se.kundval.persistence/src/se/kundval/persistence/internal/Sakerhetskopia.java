package se.kundval.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.h2.api.ErrorCode;

import se.kundval.core.Agarfiler;
import se.kundval.core.KundvalException;
import se.kundval.core.dataskydd.DatabasnyckelException;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.utbyte.UtbytesfelException;

/**
 * Backup and restore of the embedded database (decision 0231). The backup is H2's own
 * {@code BACKUP TO}: a zip of the database file, consistent while the database is open and in use
 * (MVCC). Both directions write into an owner-only folder beside the target and move the finished
 * file into place, so that neither a half copy nor a half restored database can be left.
 */
final class Sakerhetskopia {

    private Sakerhetskopia() {
    }

    static void ta(DataSource pool, Databasanslutning a, Path fil) {
        bara(a);
        Path tmp = Agarfiler.tempkatalog(fil, ".kundval-backup"); //$NON-NLS-1$
        try {
            Path zip = tmp.resolve("kopia.zip"); //$NON-NLS-1$
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            Agarfiler.begransa(zip);
            Files.move(zip, fil, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new KundvalException(NLS.bind(Messages.kopianKanInteTas, fil, e.getMessage()), e);
        } finally {
            taBort(tmp);
        }
    }

    /**
     * Replaces the embedded database of {@code mal} by the one in the backup {@code kopia}, after
     * checking that the file is a backup of a Kundval database and that nobody has the database open.
     */
    static void aterstall(Path kopia, Databasanslutning mal) {
        bara(mal);
        Path databasfil = Databasfil.fil(mal);
        if (Files.exists(databasfil)) {
            inteIBruk(mal);
        }
        if (!Files.isDirectory(databasfil.toAbsolutePath().getParent())) {
            Agarfiler.katalog(databasfil.toAbsolutePath().getParent());
        }
        Path tmp = Agarfiler.tempkatalog(databasfil, ".kundval-restore"); //$NON-NLS-1$
        try {
            Path ny = tmp.resolve("db" + Databasfil.SUFFIX); //$NON-NLS-1$
            packaUpp(kopia, ny);
            kontrollera(kopia, mal.iFil(tmp.resolve("db"))); //$NON-NLS-1$
            Files.move(ny, databasfil, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAterstalla, databasfil, e.getMessage()), e);
        } finally {
            taBort(tmp);
        }
    }

    private static void packaUpp(Path kopia, Path ny) throws IOException {
        try (ZipFile zip = new ZipFile(kopia.toFile())) {
            List<? extends ZipEntry> poster = zip.stream().toList();
            if (poster.size() != 1 || !poster.get(0).getName().endsWith(Databasfil.SUFFIX)) {
                throw ogiltig(kopia);
            }
            try (InputStream in = zip.getInputStream(poster.get(0)); OutputStream ut = Files.newOutputStream(Agarfiler.nyFil(ny))) {
                in.transferTo(ut);
            }
        } catch (ZipException e) {
            throw ogiltig(kopia);
        }
    }

    /**
     * The copy opens as an H2 database, with the target's key when it is encrypted, and holds the
     * product's tables. A copy of an earlier release's file gets the product's user here (decision 0386).
     */
    private static void kontrollera(Path kopia, Databasanslutning a) {
        try {
            Databasfil.oppnaForsta(a);
        } catch (DatabasnyckelException e) {
            throw e;
        } catch (KundvalException e) {
            throw ogiltig(kopia);
        }
        try (Connection c = Anslutningspool.drivrutinensKalla(new Databasanslutning(a.jdbcUrl() + ";IFEXISTS=TRUE", //$NON-NLS-1$
                a.anvandare(), a.losenord())).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from kund")) { //$NON-NLS-1$
            rs.next();
        } catch (SQLException e) {
            throw ogiltig(kopia);
        }
    }

    /**
     * H2 refuses a second process on an open file: then a restore would pull the file from under it.
     * Any other refusal (another key, an earlier release's user) concerns a file about to be replaced.
     */
    private static void inteIBruk(Databasanslutning mal) {
        try (Connection c = Anslutningspool.drivrutinensKalla(mal).getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return;
            }
            throw new KundvalException(NLS.bind(Messages.databasenIBruk, Databasfil.fil(mal), e.getMessage()), e);
        }
    }

    private static UtbytesfelException ogiltig(Path kopia) {
        return new UtbytesfelException(List.of(NLS.bind(Messages.ogiltigKopia, kopia)));
    }

    private static void bara(Databasanslutning a) {
        if (!a.arInbaddad()) {
            throw new KundvalException(Messages.baraInbaddad);
        }
    }

    private static void taBort(Path katalog) {
        try (Stream<Path> filer = Files.walk(katalog)) {
            for (Path p : filer.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
