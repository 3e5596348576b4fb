package se.kundval.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;

/**
 * Shared mode's options (DOMAIN §11): {@code --server URL [--fingerprint SHA256]}, with the user and
 * the password file of {@link Anslutningsflaggor} ({@code --user}, {@code --password-file}), which
 * then name a user of Kundval instead of the database's. Inherited by every command like those.
 * A command line cannot ask whether to trust a server: without {@code --fingerprint} only a server
 * the user has already trusted (in the workbench) is reached; any other is refused with its
 * fingerprint, to be checked and passed the next time.
 */
final class Serverflaggor {

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String server;

    @Option(names = "--fingerprint", paramLabel = "SHA256", descriptionKey = "fingerprint", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String fingeravtryck;

    boolean valt() {
        return server != null;
    }

    /**
     * Logs in as {@code --user}. A server whose fingerprint is neither given nor remembered is refused;
     * {@code okant} then holds the fingerprint it showed.
     */
    Serversession loggaIn(Anslutningsflaggor anslutning, AtomicReference<String> okant) {
        if (anslutning.db != null || anslutning.jdbc != null) {
            throw new Indatafel(Messages.serverOchDatabas);
        }
        if (anslutning.anvandare == null || anslutning.losenordsfil == null) {
            throw new Indatafel(Messages.serverKraverAnvandare);
        }
        URI adress = adress();
        char[] losenord = losenord(Path.of(anslutning.losenordsfil));
        try {
            Inloggningsforsok forsok = new Inloggningsforsok(anslutning.anvandare, losenord, null,
                    Klient.lokal(Klient.Typ.KOMMANDORAD));
            if (fingeravtryck != null) {
                String givet = Kandaservrar.normalt(fingeravtryck);
                return Serversession.oppna(adress, forsok, (s, sett) -> {
                    okant.set(sett);
                    return givet.equals(sett);
                }, Kandaservrar.ingen());
            }
            return Serversession.oppna(adress, forsok, (s, sett) -> {
                okant.set(sett);
                return false;
            }, Kandaservrar.iAnvandarensMapp());
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    private URI adress() {
        try {
            URI adress = new URI(server.strip());
            if ("https".equalsIgnoreCase(adress.getScheme()) && adress.getHost() != null) { //$NON-NLS-1$
                return adress;
            }
        } catch (URISyntaxException e) {
            // said below, as for any address that is not https://HOST[:PORT]
        }
        throw new Indatafel(NLS.bind(Messages.felServeradress, server));
    }

    /** The first line of the file, as for --jdbc, kept as characters so that it can be cleared. */
    private static char[] losenord(Path fil) {
        try {
            byte[] innehall = Files.readAllBytes(fil);
            CharBuffer tecken = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(innehall));
            Arrays.fill(innehall, (byte) 0);
            int slut = 0;
            while (slut < tecken.limit() && tecken.get(slut) != '\n' && tecken.get(slut) != '\r') {
                slut++;
            }
            char[] forsta = new char[slut];
            tecken.get(forsta, 0, slut);
            Arrays.fill(tecken.array(), '\0');
            return forsta;
        } catch (IOException e) {
            throw new Indatafel(NLS.bind(Messages.losenordsfil, fil, e.getMessage()));
        }
    }
}
