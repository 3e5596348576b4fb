package se.kundval.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.kundval.core.utbyte.UtbytesService;

/** {@code export KATALOG}: writes the interchange files of DOMAIN §9; prints the rows per file. */
final class Exportkommando implements Kommando {

    @Override
    public String namn() {
        return "export"; //$NON-NLS-1$
    }

    @Override
    public String anvandning() {
        return Messages.katalogAnvandning;
    }

    @Override
    public String beskrivning() {
        return Messages.exportBeskrivning;
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
        return List.of(Importkommando.UTBYTE);
    }

    @Override
    public int kor(Korning korning) {
        Path katalog = Path.of(korning.rad().argument(0));
        korning.anslut();
        List<UtbytesService.Filrader> antal = korning.tjanst(UtbytesService.class).exportera(korning.vem(), katalog);
        Radantal.skriv(korning.ut(), antal);
        return Korning.KLART;
    }
}
