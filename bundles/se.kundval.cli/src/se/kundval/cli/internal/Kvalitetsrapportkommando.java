package se.kundval.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;

/**
 * {@code rapport kvalitet --fran DATE --till DATE [--format json|csv|xlsx|pdf] [--out FILE]}: the
 * kvalitetsrapport of DOMAIN §7 as RapportService writes it, to stdout or into the file. A file is
 * written whole or not at all (into a file beside it, then moved).
 */
final class Kvalitetsrapportkommando implements Kommando {

    @Override
    public String namn() {
        return "rapport kvalitet"; //$NON-NLS-1$
    }

    @Override
    public String anvandning() {
        return Messages.rapportAnvandning;
    }

    @Override
    public String beskrivning() {
        return Messages.rapportBeskrivning;
    }

    @Override
    public Set<String> flaggor() {
        return Set.of("fran", "till", "format", "out"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Override
    public int argument() {
        return 0;
    }

    @Override
    public List<String> buntar() {
        return List.of("se.kundval.rapport"); //$NON-NLS-1$
    }

    @Override
    public int kor(Korning korning) {
        LocalDate fran = datum(korning, "fran"); //$NON-NLS-1$
        LocalDate till = datum(korning, "till"); //$NON-NLS-1$
        if (till.isBefore(fran)) {
            throw new Indatafel(NLS.bind(Messages.tillForeFran, till, fran));
        }
        Rapportformat format = Rapportformat.av(Ersattningskommando.format(korning.rad().flagga("format"), //$NON-NLS-1$
                "json", "csv", "xlsx", "pdf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String out = korning.rad().flagga("out"); //$NON-NLS-1$
        Path fil = out == null ? null : Path.of(out).toAbsolutePath();
        if (fil != null && !Files.isDirectory(fil.getParent())) {
            throw new Indatafel(NLS.bind(Messages.katalogFinnsInte, fil.getParent()));
        }
        korning.anslut();
        RapportService rapporter = korning.tjanst(RapportService.class);
        Kvalitetsrapport rapport = rapporter.kvalitetsrapport(korning.vem(), new Rapportperiod(fran, till));
        try {
            if (fil == null) {
                rapporter.skriv(rapport, format, korning.ut());
                korning.ut().flush();
            } else {
                skriv(rapporter, rapport, format, fil);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Korning.KLART;
    }

    private static void skriv(RapportService rapporter, Kvalitetsrapport rapport, Rapportformat format, Path fil) throws IOException {
        // beside the target, with the usual permissions (a temp file would be readable by its owner only)
        Path tillfallig = fil.resolveSibling("." + fil.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                rapporter.skriv(rapport, format, ut);
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }

    private static LocalDate datum(Korning korning, String flagga) {
        String text = korning.rad().flagga(flagga);
        if (text == null) {
            throw new Indatafel(NLS.bind(Messages.flaggaSaknas, "--" + flagga, "rapport kvalitet")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Indatafel(NLS.bind(Messages.felDatum, "--" + flagga, text)); //$NON-NLS-1$
        }
    }
}
