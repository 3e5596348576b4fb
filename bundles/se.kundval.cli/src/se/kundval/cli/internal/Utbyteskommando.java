package se.kundval.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.kundval.core.Inloggning;
import se.kundval.core.utbyte.UtbytesService;

/**
 * {@code import KATALOG} and {@code export KATALOG}: the interchange files of DOMAIN §9, read all or
 * nothing, or written so that an import reproduces the data; both print the rows per file.
 */
final class Utbyteskommando implements Kommando {

    static final String UTBYTE = "se.kundval.utbyte"; //$NON-NLS-1$

    /** What the command does with the folder through the service. */
    private interface Riktning {
        List<UtbytesService.Filrader> kor(UtbytesService utbyte, Inloggning vem, Path katalog);
    }

    private final String namn;
    private final String beskrivning;
    private final Riktning riktning;

    private Utbyteskommando(String namn, String beskrivning, Riktning riktning) {
        this.namn = namn;
        this.beskrivning = beskrivning;
        this.riktning = riktning;
    }

    static Utbyteskommando importera() {
        return new Utbyteskommando("import", Messages.importBeskrivning, UtbytesService::importera); //$NON-NLS-1$
    }

    static Utbyteskommando exportera() {
        return new Utbyteskommando("export", Messages.exportBeskrivning, UtbytesService::exportera); //$NON-NLS-1$
    }

    @Override
    public String namn() {
        return namn;
    }

    @Override
    public String anvandning() {
        return Messages.katalogAnvandning;
    }

    @Override
    public String beskrivning() {
        return beskrivning;
    }

    @Override
    public Set<String> flaggor() {
        return Set.of();
    }

    @Override
    public int argument() {
        return 1;
    }

    @Override
    public List<String> buntar() {
        return List.of(UTBYTE);
    }

    @Override
    public int kor(Korning korning) {
        Path katalog = Path.of(korning.rad().argument(0));
        korning.anslut();
        Radantal.skriv(korning.ut(), riktning.kor(korning.tjanst(UtbytesService.class), korning.vem(), katalog));
        return Korning.KLART;
    }
}
