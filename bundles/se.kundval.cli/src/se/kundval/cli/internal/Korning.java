package se.kundval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * One run of a command: its options, where it writes, who it runs as (the batch administrator
 * named after the OS user), its services, and the database the options name.
 */
final class Korning {

    static final int KLART = 0;
    static final int FEL_INDATA = 1;
    static final int ANNAT_FEL = 2;

    private final Kommandorad rad;
    private final Tjanstehamtare tjanster;
    private final PrintStream ut;
    private final Inloggning vem;
    private Databas ansluten;

    Korning(Kommandorad rad, Tjanstehamtare tjanster, PrintStream ut) {
        this.rad = rad;
        this.tjanster = tjanster;
        this.ut = ut;
        this.vem = Inloggning.batch(System.getProperty("user.name")); //$NON-NLS-1$
    }

    Kommandorad rad() {
        return rad;
    }

    PrintStream ut() {
        return ut;
    }

    Inloggning vem() {
        return vem;
    }

    <T> T tjanst(Class<T> typ) {
        return tjanster.hamta(typ);
    }

    /** The database of {@code --db} (default under the user's home) or {@code --jdbc --user --password-file}. */
    Databasanslutning anslutning() {
        String db = rad.flagga("db"); //$NON-NLS-1$
        String jdbc = rad.flagga("jdbc"); //$NON-NLS-1$
        String anvandare = rad.flagga("user"); //$NON-NLS-1$
        String losenordsfil = rad.flagga("password-file"); //$NON-NLS-1$
        if (jdbc == null) {
            if (anvandare != null || losenordsfil != null) {
                throw new Indatafel(Messages.anvandareUtanJdbc);
            }
            return Databasanslutning.inbaddad(db != null ? Path.of(db) : standarddatabas());
        }
        if (db != null) {
            throw new Indatafel(Messages.badeDbOchJdbc);
        }
        if (!jdbc.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$
            throw new Indatafel(NLS.bind(Messages.intePostgresql, jdbc));
        }
        if (anvandare == null || losenordsfil == null) {
            throw new Indatafel(Messages.jdbcKraverAnvandare);
        }
        return new Databasanslutning(jdbc, anvandare, losenord(Path.of(losenordsfil)));
    }

    /** The first line of the file, so the password is never on the command line or in the process list. */
    private static String losenord(Path fil) {
        try {
            List<String> rader = Files.readAllLines(fil, StandardCharsets.UTF_8);
            return rader.isEmpty() ? "" : rader.get(0); //$NON-NLS-1$
        } catch (IOException e) {
            throw new Indatafel(NLS.bind(Messages.losenordsfil, fil, e.getMessage()));
        }
    }

    private static Path standarddatabas() {
        String hem = System.getenv("KUNDVAL_HOME"); //$NON-NLS-1$
        Path katalog = hem != null && !hem.isBlank() ? Path.of(hem) : Path.of(System.getProperty("user.home"), ".kundval"); //$NON-NLS-1$ //$NON-NLS-2$
        return katalog.resolve("kundval"); //$NON-NLS-1$
    }

    /** The database as the user named it: the file of --db (H2 adds .mv.db) or the URL of --jdbc. */
    String databasnamn() {
        Databasanslutning a = anslutning();
        return a.arInbaddad() ? a.jdbcUrl().substring("jdbc:h2:file:".length(), a.jdbcUrl().indexOf(';')) + ".mv.db" //$NON-NLS-1$ //$NON-NLS-2$
                : a.jdbcUrl();
    }

    /** Connects to the database of the options; it is closed when the command ends. */
    Databas anslut() {
        Databasanslutning anslutning = anslutning();
        Databas databas = tjanster.hamta(Databas.class);
        databas.anslut(anslutning);
        ansluten = databas;
        return databas;
    }

    void stang() {
        if (ansluten != null) {
            ansluten.stang();
            ansluten = null;
        }
    }
}
