package se.kundval.core.tjanst;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The connection to the database. The workbench connects at start (preferences decide where),
 * the command line from its {@code --db}/{@code --jdbc} options. Connecting brings the schema up
 * to date with the migrations of the product and its plugins and registers the installed insats
 * types. Every other data service needs a connection and says so clearly when there is none.
 */
public interface Databas {

    /** Connects, migrates the schema and synchronises the insats types; replaces an earlier connection. */
    void anslut(Databasanslutning anslutning);

    boolean arAnsluten();

    /**
     * Opens a connection to the database and closes it again, without touching the current one: for
     * a user checking a connection before choosing it. Throws {@link se.kundval.core.KundvalException}
     * with the reason when the database cannot be reached.
     */
    void provaAnslutning(Databasanslutning anslutning);

    /** The current connection, or null. */
    Databasanslutning anslutning();

    /** True when the database holds no kunder and no insatser (a new database). */
    boolean arTom();

    void stang();

    /**
     * Runs {@code arbete}, any number of service calls on this thread, as one transaction: all of it
     * is saved when it returns, nothing when it throws or the process dies first (DOMAIN §9: nothing
     * half written). A unit begun inside another is part of it.
     */
    <T> T iEnTransaktion(Supplier<T> arbete);

    /**
     * A consistent copy of the connected embedded database, taken while it is in use, written
     * owner-only to {@code fil} (which must not exist) only once it is whole.
     */
    void sakerhetskopiera(Path fil);

    /**
     * Replaces the embedded database of {@code mal}, which must not be open anywhere, by the one in
     * the backup {@code kopia}. A file that is no backup of a Kundval database is refused with
     * {@link se.kundval.core.utbyte.UtbytesfelException}; nothing is changed then.
     */
    void aterstall(Path kopia, Databasanslutning mal);
}
