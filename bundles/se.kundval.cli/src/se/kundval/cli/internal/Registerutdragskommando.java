package se.kundval.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.kundval.core.Rattighet;
import se.kundval.core.Rollbehorighet;
import se.kundval.core.dataskydd.Registerutdrag;
import se.kundval.core.dataskydd.RegisterutdragService;
import se.kundval.core.dataskydd.Registerutdragsskrivare;
import se.kundval.core.dataskydd.Utdragsformat;
import se.kundval.model.Roll;
import se.kundval.model.regler.Personnummer;

/**
 * {@code registerutdrag PERSONNUMMER [--format json|pdf] [--ut FIL]} (GDPR art. 15): everything
 * stored about the person, to stdout or into the file, which is written whole or not at all.
 */
@Command
final class Registerutdragskommando implements Kommando {

    @Parameters(paramLabel = "${bundle:etikett.personnummer}", descriptionKey = "personnummer") //$NON-NLS-1$ //$NON-NLS-2$
    String personnummer;

    @Option(names = "--format", paramLabel = "json|pdf", descriptionKey = "utdragsformat") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Utdragsformat format = Utdragsformat.JSON;

    @Option(names = "--ut", paramLabel = "${bundle:etikett.fil}", descriptionKey = "out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String ut;

    /** The PDF and JSON writers live with the report's. */
    /** DOMAIN §11 names no roles: those with the right to make a registerutdrag (DOMAIN §12). */
    @Override
    public Set<Roll> roller() {
        return Arrays.stream(Roll.values()).filter(r -> Rollbehorighet.har(r, Rattighet.GORA_REGISTERUTDRAG)).collect(Collectors.toSet());
    }

    @Override
    public List<String> buntar() {
        return List.of("se.kundval.rapport"); //$NON-NLS-1$
    }

    @Override
    public int kor(Korning korning) {
        String nummer = personnummer.strip().replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Personnummer.kontrollera(nummer).ifPresent(f -> {
            throw new Indatafel(NLS.bind(Messages.felPersonnummer, personnummer));
        });
        Path fil = ut == null ? null : Path.of(ut).toAbsolutePath();
        if (fil != null && !Files.isDirectory(fil.getParent())) {
            throw new Indatafel(NLS.bind(Messages.katalogFinnsInte, fil.getParent()));
        }
        korning.anslut();
        Registerutdrag utdrag = korning.tjanst(RegisterutdragService.class).utdrag(korning.vem(), nummer)
                .orElseThrow(() -> new Indatafel(NLS.bind(Messages.ingenKund, personnummer)));
        Registerutdragsskrivare skrivare = korning.tjanst(Registerutdragsskrivare.class);
        try {
            if (fil == null) {
                skrivare.skriv(utdrag, format, korning.ut());
                korning.ut().flush();
            } else {
                Path tillfallig = fil.resolveSibling("." + fil.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
                try {
                    try (OutputStream fut = Files.newOutputStream(tillfallig)) {
                        skrivare.skriv(utdrag, format, fut);
                    }
                    Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tillfallig);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Korning.KLART;
    }
}
