package se.kundval.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.kundval.core.utbyte.UtbytesService;

/** {@code import KATALOG}: the interchange files of DOMAIN §9, all or nothing; prints the rows per file. */
final class Importkommando implements Kommando {

    static final String UTBYTE = "se.kundval.utbyte"; //$NON-NLS-1$

    @Override
    public String namn() {
        return "import"; //$NON-NLS-1$
    }

    @Override
    public String anvandning() {
        return Messages.katalogAnvandning;
    }

    @Override
    public String beskrivning() {
        return Messages.importBeskrivning;
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
        List<UtbytesService.Filrader> antal = korning.tjanst(UtbytesService.class).importera(korning.vem(), katalog);
        Radantal.skriv(korning.ut(), antal);
        return Korning.KLART;
    }
}
