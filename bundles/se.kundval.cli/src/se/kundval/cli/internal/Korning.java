package se.kundval.cli.internal;

import java.io.PrintStream;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * One run of a command: where it writes, who it runs as (the batch administrator named after the
 * OS user), its services, and the database its connection options name.
 */
final class Korning {

    static final int KLART = 0;
    static final int FEL_INDATA = 1;
    static final int ANNAT_FEL = 2;

    private final Anslutningsflaggor flaggor;
    private final Tjanstehamtare tjanster;
    private final PrintStream ut;
    private final Inloggning vem;
    private Databas ansluten;

    Korning(Anslutningsflaggor flaggor, Tjanstehamtare tjanster, PrintStream ut) {
        this.flaggor = flaggor;
        this.tjanster = tjanster;
        this.ut = ut;
        this.vem = Inloggning.batch(System.getProperty("user.name")); //$NON-NLS-1$
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

    /** The database as the user named it: the file of --db (H2 adds .mv.db) or the URL of --jdbc. */
    String databasnamn() {
        Databasanslutning a = flaggor.anslutning();
        return a.arInbaddad() ? a.jdbcUrl().substring("jdbc:h2:file:".length(), a.jdbcUrl().indexOf(';')) + ".mv.db" //$NON-NLS-1$ //$NON-NLS-2$
                : a.jdbcUrl();
    }

    /** The database the options name, not connected. */
    Databasanslutning valdAnslutning() {
        return flaggor.anslutning();
    }

    /** Connects to the database of the options; it is closed when the command ends. */
    Databas anslut() {
        Databasanslutning anslutning = flaggor.anslutning();
        Databas databas = tjanster.hamta(Databas.class);
        databas.anslut(anslutning);
        ansluten = databas;
        return databas;
    }

    /** {@code anvandare ny}: connects as {@link #anslut()} does, its --password-file being the new user's (decision 0315). */
    Databas anslutForNyAnvandare() {
        Databas databas = tjanster.hamta(Databas.class);
        databas.anslut(flaggor.anslutningForNyAnvandare());
        ansluten = databas;
        return databas;
    }

    /** The new user's password of {@code anvandare ny}. */
    char[] nyttLosenord() {
        return flaggor.nyttLosenord();
    }

    void stang() {
        if (ansluten != null) {
            ansluten.stang();
            ansluten = null;
        }
    }
}
