package se.kundval.core.tjanst;

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

    /** The current connection, or null. */
    Databasanslutning anslutning();

    /** True when the database holds no kunder and no insatser (a new database). */
    boolean arTom();

    void stang();
}
