package se.kundval.cli.internal;

import java.io.PrintStream;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.klient.Serversession;

/**
 * One run of a command: where it writes, who it runs as, its services, and the database its
 * connection options name. Locally ({@code --db}/{@code --jdbc}) it runs as the batch administrator
 * named after the OS user, with the services of this process; in shared mode ({@code --server}) as
 * the logged-in user, with the server's services (the clock, writers and registries stay local).
 */
final class Korning {

    static final int KLART = 0;
    static final int FEL_INDATA = 1;
    static final int ANNAT_FEL = 2;
    /** Not authenticated, or the user lacks the right (DOMAIN §10). */
    static final int EJ_BEHORIG = 3;

    private final Anslutningsflaggor flaggor;
    private final Tjanstehamtare tjanster;
    private final PrintStream ut;
    private final Inloggning vem;
    private final Serversession session;
    private Databas ansluten;

    Korning(Anslutningsflaggor flaggor, Tjanstehamtare tjanster, PrintStream ut) {
        this.flaggor = flaggor;
        this.tjanster = tjanster;
        this.ut = ut;
        this.vem = Inloggning.batch(System.getProperty("user.name")); //$NON-NLS-1$
        this.session = null;
    }

    /** A run on the server as the session's user. */
    Korning(Serversession session, Tjanstehamtare tjanster, PrintStream ut) {
        this.flaggor = null;
        this.tjanster = tjanster;
        this.ut = ut;
        this.vem = session.inloggning();
        this.session = session;
    }

    PrintStream ut() {
        return ut;
    }

    Inloggning vem() {
        return vem;
    }

    boolean paServern() {
        return session != null;
    }

    <T> T tjanst(Class<T> typ) {
        if (session != null && Serversession.erbjuder(typ)) {
            return typ == Databas.class ? typ.cast(session.databas()) : session.tjanst(typ);
        }
        return tjanster.hamta(typ);
    }

    /** The database as the user named it: the file of --db (H2 adds .mv.db), the URL of --jdbc, or the server. */
    String databasnamn() {
        if (session != null) {
            return session.server().toString();
        }
        Databasanslutning a = flaggor.anslutning();
        return a.arInbaddad() ? a.jdbcUrl().substring("jdbc:h2:file:".length(), a.jdbcUrl().indexOf(';')) + ".mv.db" //$NON-NLS-1$ //$NON-NLS-2$
                : a.jdbcUrl();
    }

    /** The database the options name, not connected; on a server there is none here. */
    Databasanslutning valdAnslutning() {
        if (session != null) {
            throw new Indatafel(Messages.baraLokalt);
        }
        return flaggor.anslutning();
    }

    /** Connects to the database of the options (it is closed when the command ends); on a server it already is. */
    Databas anslut() {
        if (session != null) {
            return session.databas();
        }
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
        if (session != null) {
            session.close();
        }
    }
}
