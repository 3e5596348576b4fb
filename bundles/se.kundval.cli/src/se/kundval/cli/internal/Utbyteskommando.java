package se.kundval.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import se.kundval.core.Inloggning;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.model.Roll;

/**
 * {@code import KATALOG} and {@code export KATALOG}: the interchange files of DOMAIN §9, read all or
 * nothing, or written so that an import reproduces the data; both print the rows per file.
 */
@Command
final class Utbyteskommando implements Kommando {

    static final String UTBYTE = "se.kundval.utbyte"; //$NON-NLS-1$

    /** What the command does with the folder through the service. */
    private interface Riktning {
        List<UtbytesService.Filrader> kor(UtbytesService utbyte, Inloggning vem, Path katalog);
    }

    private final Riktning riktning;

    @Parameters(paramLabel = "${bundle:etikett.katalog}", descriptionKey = "katalog") //$NON-NLS-1$ //$NON-NLS-2$
    String katalog;

    private Utbyteskommando(Riktning riktning) {
        this.riktning = riktning;
    }

    static Utbyteskommando importera() {
        return new Utbyteskommando(UtbytesService::importera);
    }

    static Utbyteskommando exportera() {
        return new Utbyteskommando(UtbytesService::exportera);
    }

    /** DOMAIN §11: the administratör only; on a server the files' content travels, never a path (decision 0380). */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.ADMINISTRATOR);
    }

    @Override
    public List<String> buntar() {
        return List.of(UTBYTE);
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        Radantal.skriv(korning.ut(), riktning.kor(korning.tjanst(UtbytesService.class), korning.vem(), Path.of(katalog)));
        return Korning.KLART;
    }
}
