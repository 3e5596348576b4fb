package se.kundval.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.Agarfiler;
import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * {@code ./kundval server [--db PATH | --jdbc URL --user U --password-file F] [--port N] [--bind ADDR]
 * [--tls-keystore FILE --tls-password-file F]} (DOMAIN §11), parsed by picocli as the command line is.
 */
@Command(name = "kundval server") //$NON-NLS-1$
final class Serverflaggor {

    static final int STANDARDPORT = 8443;
    private static final String NYCKELFIL = "server.p12"; //$NON-NLS-1$

    @Option(names = "--db", paramLabel = "${bundle:etikett.sokvag}", descriptionKey = "db") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String db;

    @Option(names = "--jdbc", paramLabel = "URL", descriptionKey = "jdbc") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String jdbc;

    @Option(names = "--user", paramLabel = "U", descriptionKey = "user") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String anvandare;

    @Option(names = "--password-file", paramLabel = "${bundle:etikett.fil}", descriptionKey = "password-file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path losenordsfil;

    @Option(names = "--krypterad", descriptionKey = "krypterad") //$NON-NLS-1$ //$NON-NLS-2$
    boolean krypterad;

    @Option(names = "--nyckelfil", paramLabel = "${bundle:etikett.fil}", descriptionKey = "nyckelfil") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path databasnyckel;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "port") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int port = STANDARDPORT;

    @Option(names = "--bind", paramLabel = "${bundle:etikett.adress}", descriptionKey = "bind") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String bind = "127.0.0.1"; //$NON-NLS-1$

    @Option(names = "--tls-keystore", paramLabel = "${bundle:etikett.fil}", descriptionKey = "tls-keystore") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path nyckellager;

    @Option(names = "--tls-password-file", paramLabel = "${bundle:etikett.fil}", descriptionKey = "tls-password-file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path nyckellosenord;

    @Option(names = { "-h", "--help" }, usageHelp = true, descriptionKey = "help") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    boolean hjalp;

    /** The database of {@code --db} (default ~/.kundval/kundval) or of {@code --jdbc --user --password-file}. */
    Databasanslutning anslutning() {
        if (jdbc == null) {
            if (anvandare != null || losenordsfil != null) {
                throw new Flaggfel(Messages.anvandareUtanJdbc);
            }
            // an encrypted file's key from --nyckelfil, or asked in the terminal the server starts in (decision 0386)
            return Databasnyckel.anslutning(databasfil(), krypterad, databasnyckel);
        }
        if (db != null) {
            throw new Flaggfel(Messages.badeDbOchJdbc);
        }
        if (!jdbc.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$
            throw new Flaggfel(NLS.bind(Messages.intePostgresql, jdbc));
        }
        if (anvandare == null || losenordsfil == null) {
            throw new Flaggfel(Messages.jdbcKraverAnvandare);
        }
        return new Databasanslutning(jdbc, anvandare, forstaRaden(losenordsfil));
    }

    InetAddress adress() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new Flaggfel(NLS.bind(Messages.okandAdress, bind));
        }
    }

    int port() {
        if (port < 0 || port > 65535) {
            throw new Flaggfel(NLS.bind(Messages.felPort, Integer.valueOf(port)));
        }
        return port;
    }

    /** The keystore given, or null for the server's own beside the database. */
    boolean egenNyckel() {
        if ((nyckellager == null) != (nyckellosenord == null)) {
            throw new Flaggfel(Messages.nyckelKraverLosenord);
        }
        return nyckellager == null;
    }

    /**
     * Where the server keeps its own certificate: beside the H2 file ({@code PATH.server.p12}), or
     * for PostgreSQL in the Kundval folder of the user running the server.
     */
    Path egenNyckelfil() {
        if (jdbc == null) {
            Path fil = databasfil().toAbsolutePath();
            return fil.resolveSibling(fil.getFileName() + "." + NYCKELFIL); //$NON-NLS-1$
        }
        return Agarfiler.katalog(hem()).resolve(NYCKELFIL);
    }

    private Path databasfil() {
        return db != null ? Path.of(db) : hem().resolve("kundval"); //$NON-NLS-1$
    }

    private static Path hem() {
        String hem = System.getenv("KUNDVAL_HOME"); //$NON-NLS-1$
        return hem != null && !hem.isBlank() ? Path.of(hem) : Path.of(System.getProperty("user.home"), ".kundval"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The first line of the file, so a password is never on the command line or in the process list. */
    static String forstaRaden(Path fil) {
        try {
            List<String> rader = Files.readAllLines(fil, StandardCharsets.UTF_8);
            return rader.isEmpty() ? "" : rader.get(0); //$NON-NLS-1$
        } catch (IOException e) {
            throw new Flaggfel(NLS.bind(Messages.losenordsfil, fil, e.getMessage()));
        }
    }

    /** A flag the server cannot start with; exit 1 with the message. */
    static final class Flaggfel extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Flaggfel(String meddelande) {
            super(meddelande);
        }
    }
}
