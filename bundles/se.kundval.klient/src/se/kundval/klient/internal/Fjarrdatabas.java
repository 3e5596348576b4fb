package se.kundval.klient.internal;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.klient.Serversession;

/**
 * The database as a client in shared mode sees it: the server holds the only connection, so this one
 * is "connected" while the user is logged in and describes the server (for the status line), never a
 * database credential. Managing the connection, backups and transactions across several calls stay on
 * the server (docs/decisions/0342-delat-lage-databas.md) and are refused here with the reason.
 */
public final class Fjarrdatabas implements Databas {

    private final Serversession session;

    public Fjarrdatabas(Serversession session) {
        this.session = session;
    }

    @Override
    public void anslut(Databasanslutning anslutning) {
        throw new KundvalException(NLS.bind(Messages.databasenPaServern, session.server().getAuthority()));
    }

    @Override
    public boolean arAnsluten() {
        return true;
    }

    @Override
    public void provaAnslutning(Databasanslutning anslutning) {
        throw new KundvalException(NLS.bind(Messages.databasenPaServern, session.server().getAuthority()));
    }

    /** The server and the user: what the status line shows. No password: there is none on this machine. */
    @Override
    public Databasanslutning anslutning() {
        return new Databasanslutning(session.server().toString(), session.inloggning().anvandarnamn(), null);
    }

    @Override
    public boolean arTom() {
        return session.tjanst(Databas.class).arTom();
    }

    /** The connection is the server's; logging out is {@link se.kundval.klient.Serverklient#loggaUt()}. */
    @Override
    public void stang() {
        // nothing is open here
    }

    /**
     * Refused: each call through the server is a transaction of its own, and a unit of several calls
     * cannot be held open across the network; running them one by one could leave half of it written.
     */
    @Override
    public <T> T iEnTransaktion(Supplier<T> arbete) {
        throw new KundvalException(NLS.bind(Messages.ingenTransaktionOverServern, session.server().getAuthority()));
    }

    @Override
    public void sakerhetskopiera(Path fil) {
        throw new KundvalException(NLS.bind(Messages.databasenPaServern, session.server().getAuthority()));
    }

    @Override
    public void aterstall(Path kopia, Databasanslutning mal) {
        throw new KundvalException(NLS.bind(Messages.databasenPaServern, session.server().getAuthority()));
    }
}
