package se.kundval.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import se.kundval.core.tjanst.Databasanslutning;

/**
 * The options every command takes to name its database: {@code --db PATH} (embedded H2) or
 * {@code --jdbc URL --user U --password-file F} (a shared PostgreSQL database). With
 * {@code --server} ({@link Serverflaggor}) the same {@code --user} and {@code --password-file} name
 * the Kundval user instead. A mixin of the top
 * command whose options every command inherits, so a command declares none of them itself, and
 * the values land here whether they stand before or after the command's name.
 */
final class Anslutningsflaggor {

    @Option(names = "--db", paramLabel = "${bundle:etikett.sokvag}", descriptionKey = "db", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String db;

    @Option(names = "--jdbc", paramLabel = "URL", descriptionKey = "jdbc", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String jdbc;

    @Option(names = "--user", paramLabel = "U", descriptionKey = "user", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String anvandare;

    @Option(names = "--password-file", paramLabel = "${bundle:etikett.fil}", descriptionKey = "password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            scope = ScopeType.INHERIT)
    String losenordsfil;

    /** The key of an encrypted embedded database (decision 0386). */
    @Mixin
    Nyckelflaggor nyckel;

    /** The database of {@code --db} (default under the user's home) or {@code --jdbc --user --password-file}. */
    Databasanslutning anslutning() {
        if (jdbc == null) {
            if (anvandare != null || losenordsfil != null) {
                throw new Indatafel(Messages.anvandareUtanJdbc);
            }
            return nyckel.inbaddad(db != null ? Path.of(db) : standarddatabas());
        }
        if (db != null) {
            throw new Indatafel(Messages.badeDbOchJdbc);
        }
        if (nyckel.angivna()) {
            throw new Indatafel(Messages.nyckelBaraInbaddad);
        }
        if (!jdbc.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$
            throw new Indatafel(NLS.bind(Messages.intePostgresql, jdbc));
        }
        if (anvandare == null || losenordsfil == null) {
            throw new Indatafel(Messages.jdbcKraverAnvandare);
        }
        return new Databasanslutning(jdbc, anvandare, losenord(Path.of(losenordsfil)));
    }

    /**
     * For {@code anvandare ny}, whose {@code --password-file} is the new user's password (DOMAIN §11,
     * docs/decisions/0315-anvandare-ny.md): the database of {@code --db}, or of {@code --jdbc --user}
     * with the owner's password from PostgreSQL's own password file (~/.pgpass or PGPASSFILE).
     */
    Databasanslutning anslutningForNyAnvandare() {
        if (jdbc == null) {
            if (anvandare != null) {
                throw new Indatafel(Messages.anvandareUtanJdbc);
            }
            return nyckel.inbaddad(db != null ? Path.of(db) : standarddatabas());
        }
        if (db != null) {
            throw new Indatafel(Messages.badeDbOchJdbc);
        }
        if (nyckel.angivna()) {
            throw new Indatafel(Messages.nyckelBaraInbaddad);
        }
        if (!jdbc.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$
            throw new Indatafel(NLS.bind(Messages.intePostgresql, jdbc));
        }
        if (anvandare == null) {
            throw new Indatafel(Messages.jdbcKraverAnvandare);
        }
        return new Databasanslutning(jdbc, anvandare, null);
    }

    /** The new user's password for {@code anvandare ny}: the first line of {@code --password-file}, not empty. */
    char[] nyttLosenord() {
        if (losenordsfil == null) {
            throw new Indatafel(Messages.nyAnvandareUtanLosenord);
        }
        return nyttLosenord(losenordsfil);
    }

    /** A new user's password: the first line of the file, not empty. */
    static char[] nyttLosenord(String fil) {
        String losenord = losenord(Path.of(fil));
        if (losenord.isEmpty()) {
            throw new Indatafel(NLS.bind(Messages.losenordsfilTom, fil));
        }
        return losenord.toCharArray();
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
}
