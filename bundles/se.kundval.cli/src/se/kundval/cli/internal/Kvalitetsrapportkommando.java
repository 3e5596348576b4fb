package se.kundval.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.model.Roll;

/**
 * {@code rapport kvalitet --fran DATE --till DATE [--format json|csv|xlsx|pdf] [--out FILE]}: the
 * kvalitetsrapport of DOMAIN §7 as RapportService writes it, to stdout or into the file. A file is
 * written whole or not at all (into a file beside it, then moved).
 */
@Command
final class Kvalitetsrapportkommando implements Kommando {

    @Option(names = "--fran", required = true, paramLabel = "${bundle:etikett.datum}", descriptionKey = "fran") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LocalDate fran;

    @Option(names = "--till", required = true, paramLabel = "${bundle:etikett.datum}", descriptionKey = "till") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LocalDate till;

    @Option(names = "--format", paramLabel = "json|csv|xlsx|pdf", descriptionKey = "format") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Rapportformat format = Rapportformat.JSON;

    @Option(names = "--out", paramLabel = "${bundle:etikett.fil}", descriptionKey = "out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String out;

    /** The report, and the compensation engine whose sections (ersattning, budget) it adds when present. */
    /** DOMAIN §11: kvalitetsutvecklare, handläggare and administratör. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.KVALITETSUTVECKLARE, Roll.HANDLAGGARE, Roll.ADMINISTRATOR);
    }

    @Override
    public List<String> buntar() {
        return List.of("se.kundval.rapport", "se.kundval.ersattning"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int kor(Korning korning) {
        if (till.isBefore(fran)) {
            throw new Indatafel(NLS.bind(Messages.tillForeFran, till, fran));
        }
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
}
