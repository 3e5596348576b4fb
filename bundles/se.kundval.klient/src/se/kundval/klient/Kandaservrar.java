package se.kundval.klient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.klient.internal.Certifikatnal;
import se.kundval.klient.internal.Messages;

/**
 * The servers this user has trusted, each with its certificate's fingerprint (trust on first use):
 * one line per server in {@code kanda-servrar.properties} in the user's Kundval folder
 * ({@code KUNDVAL_HOME}, else {@code ~/.kundval}). Addresses and fingerprints only: a fingerprint
 * is public, and no password, token or personal data is ever written here.
 */
public final class Kandaservrar {

    private static final String FILNAMN = "kanda-servrar.properties"; //$NON-NLS-1$

    private final Path fil;

    public Kandaservrar(Path fil) {
        this.fil = fil;
    }

    /** The file in the user's Kundval folder, as the launcher and the command line name it. */
    public static Kandaservrar iAnvandarensMapp() {
        String hem = System.getenv("KUNDVAL_HOME"); //$NON-NLS-1$
        Path katalog = hem != null && !hem.isBlank() ? Path.of(hem) : Path.of(System.getProperty("user.home"), ".kundval"); //$NON-NLS-1$ //$NON-NLS-2$
        return new Kandaservrar(katalog.resolve(FILNAMN));
    }

    /**
     * Knows no server and remembers none: for a command line given the fingerprint to trust, which is
     * the operator's decision for that run only.
     */
    public static Kandaservrar ingen() {
        return new Kandaservrar(null);
    }

    /** {@code AB:CD:…}, the form the server prints, whatever case or separators {@code sha256} was typed with. */
    public static String normalt(String sha256) {
        return Certifikatnal.normalt(sha256);
    }

    /** The remembered fingerprint of the server, if the user has trusted it. */
    public synchronized Optional<String> fingeravtryck(URI server) {
        if (fil == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(las().getProperty(nyckel(server)));
    }

    /** Remembers the fingerprint the user accepted for the server. */
    public synchronized void komIhag(URI server, String sha256) {
        if (fil == null) {
            return;
        }
        Properties p = las();
        p.setProperty(nyckel(server), sha256);
        try {
            Files.createDirectories(fil.getParent());
            Path tillfallig = Files.createTempFile(fil.getParent(), FILNAMN, ".ny"); //$NON-NLS-1$
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                p.store(ut, "Kundval: servrar vars certifikat du har godtagit"); //$NON-NLS-1$
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.kandaServrarSkrivs, fil, e.getMessage()), e);
        }
    }

    /** A server is the same whatever path or case its address was typed with: scheme, host and port. */
    static String nyckel(URI server) {
        int port = server.getPort() < 0 ? 443 : server.getPort();
        return server.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" //$NON-NLS-1$
                + server.getHost().toLowerCase(java.util.Locale.ROOT) + ':' + port;
    }

    private Properties las() {
        Properties p = new Properties();
        if (Files.exists(fil)) {
            try (InputStream in = Files.newInputStream(fil)) {
                p.load(in);
            } catch (IOException e) {
                throw new KundvalException(NLS.bind(Messages.kandaServrarLases, fil, e.getMessage()), e);
            }
        }
        return p;
    }
}
