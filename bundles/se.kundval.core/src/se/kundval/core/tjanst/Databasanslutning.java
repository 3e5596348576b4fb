package se.kundval.core.tjanst;

import java.nio.file.Path;
import java.util.Objects;

import se.kundval.core.dataskydd.Databasnyckel;

/**
 * Where the data lives: an embedded H2 file (one user) or a shared PostgreSQL server.
 *
 * @param jdbcUrl   the JDBC URL
 * @param anvandare the database user
 * @param losenord  the database password; never logged or shown
 */
public record Databasanslutning(String jdbcUrl, String anvandare, String losenord) {

    /** What H2 adds to the name of an embedded database's file. */
    public static final String SUFFIX = ".mv.db"; //$NON-NLS-1$

    /**
     * The user of every embedded database, its administrator, instead of H2's {@code sa} without a
     * password (decision 0386). An earlier release's file is taken over when it is opened.
     */
    public static final String INBADDAD_ANVANDARE = "KUNDVAL"; //$NON-NLS-1$

    /**
     * The password of an unencrypted embedded database. Not a secret (decision 0386): H2's recovery
     * tool reads such a file without any password, so what protects it is its owner-only mode; a
     * password beside it would only be one more file to lose with every copy. An encrypted file's
     * password is derived from its key.
     */
    public static final String OKRYPTERAT_LOSENORD = "kundval-inbaddad"; //$NON-NLS-1$

    private static final String KRYPTERING = ";CIPHER=AES"; //$NON-NLS-1$

    public Databasanslutning {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl"); //$NON-NLS-1$
    }

    /** The embedded, unencrypted database in the file {@code fil} (H2 adds its own suffix {@code .mv.db}). */
    public static Databasanslutning inbaddad(Path fil) {
        return new Databasanslutning(url(fil), INBADDAD_ANVANDARE, OKRYPTERAT_LOSENORD);
    }

    /** The embedded database in {@code fil}, encrypted by H2 (AES) with a key derived from {@code nyckel}. */
    public static Databasanslutning krypterad(Path fil, char[] nyckel) {
        return new Databasanslutning(url(fil) + KRYPTERING, INBADDAD_ANVANDARE, Databasnyckel.losenord(nyckel));
    }

    private static String url(Path fil) {
        String namn = fil.toAbsolutePath().toString();
        if (namn.endsWith(SUFFIX)) {
            namn = namn.substring(0, namn.length() - SUFFIX.length());
        }
        return "jdbc:h2:file:" + namn + ";DB_CLOSE_ON_EXIT=FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The same user, key and options for the embedded database in another file (a backup being restored). */
    public Databasanslutning iFil(Path annan) {
        return new Databasanslutning(url(annan) + (arKrypterad() ? KRYPTERING : ""), anvandare, losenord); //$NON-NLS-1$
    }

    /** An embedded database whose file H2 encrypts. */
    public boolean arKrypterad() {
        return arInbaddad() && jdbcUrl.contains(KRYPTERING);
    }

    public boolean arInbaddad() {
        return jdbcUrl.startsWith("jdbc:h2:"); //$NON-NLS-1$
    }

    public boolean arPostgresql() {
        return jdbcUrl.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
    }

    /** The URL without credentials, safe to show. */
    @Override
    public String toString() {
        return jdbcUrl + (anvandare == null ? "" : " (" + anvandare + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
