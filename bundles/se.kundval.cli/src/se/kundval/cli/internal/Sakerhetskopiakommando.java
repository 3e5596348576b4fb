package se.kundval.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * {@code backup FIL} and {@code restore FIL [--ersatt]} for the embedded database (DOMAIN §12,
 * decision 0231): a consistent copy taken while the database may be in use, and the database
 * replaced by a copy only when asked to with {@code --ersatt} and only by a file that is a copy.
 */
@Command
final class Sakerhetskopiakommando implements Kommando {

    private final boolean aterstall;

    @Parameters(paramLabel = "${bundle:etikett.fil}", descriptionKey = "kopia") //$NON-NLS-1$ //$NON-NLS-2$
    String fil;

    @Option(names = "--ersatt", descriptionKey = "ersatt") //$NON-NLS-1$ //$NON-NLS-2$
    boolean ersatt;

    private Sakerhetskopiakommando(boolean aterstall) {
        this.aterstall = aterstall;
    }

    static Sakerhetskopiakommando backup() {
        return new Sakerhetskopiakommando(false);
    }

    static Sakerhetskopiakommando restore() {
        return new Sakerhetskopiakommando(true);
    }

    @Override
    public List<String> buntar() {
        return List.of();
    }

    @Override
    public int kor(Korning korning) {
        Path kopia = Path.of(fil);
        if (!korning.valdAnslutning().arInbaddad()) {
            throw new Indatafel(Messages.baraInbaddad);
        }
        if (aterstall) {
            aterstall(korning, kopia);
        } else {
            if (Files.exists(kopia)) {
                throw new Indatafel(NLS.bind(Messages.kopianFinns, kopia));
            }
            korning.anslut().sakerhetskopiera(kopia);
            korning.ut().println(NLS.bind(Messages.kopiaTagen, korning.databasnamn(), kopia));
        }
        return Korning.KLART;
    }

    private void aterstall(Korning korning, Path kopia) {
        if (!Files.isRegularFile(kopia)) {
            throw new Indatafel(NLS.bind(Messages.kopianSaknas, kopia));
        }
        Databasanslutning mal = korning.valdAnslutning();
        if (Files.exists(Path.of(korning.databasnamn())) && !ersatt) {
            throw new Indatafel(NLS.bind(Messages.ersattKravs, korning.databasnamn()));
        }
        korning.tjanst(Databas.class).aterstall(kopia, mal);
        korning.ut().println(NLS.bind(Messages.aterstalld, korning.databasnamn(), kopia));
    }
}
