package se.kundval.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * {@code --krypterad} and {@code --nyckelfil F}, which every command with an embedded database
 * takes (decision 0386): a new file is created encrypted, an encrypted one is opened with the key
 * of the file or, in a terminal, the key asked for. The key is never an option's value, so it never
 * stands in the process list or the shell's history. The database is worked out once per run, so
 * the key is asked for once even when a command names its database several times.
 */
final class Nyckelflaggor {

    @Option(names = "--krypterad", descriptionKey = "krypterad", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$
    boolean krypterad;

    @Option(names = "--nyckelfil", paramLabel = "${bundle:etikett.fil}", descriptionKey = "nyckelfil", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String nyckelfil;

    private Databasanslutning vald;
    private Path valdFil;

    /** The embedded database of {@code fil}, encrypted when the file is or {@code --krypterad} asks for it. */
    Databasanslutning inbaddad(Path fil) {
        if (vald == null || !fil.equals(valdFil)) {
            vald = Databasnyckel.anslutning(fil, krypterad, nyckelfil == null ? null : Path.of(nyckelfil));
            valdFil = fil;
        }
        return vald;
    }

    /** Key options only make sense for an embedded database. */
    boolean angivna() {
        return krypterad || nyckelfil != null;
    }
}
