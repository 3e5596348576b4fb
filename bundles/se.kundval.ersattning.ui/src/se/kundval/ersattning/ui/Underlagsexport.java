package se.kundval.ersattning.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.export.CsvSkrivare;
import se.kundval.export.Dokument;
import se.kundval.export.Kolumn;
import se.kundval.export.Tabell;
import se.kundval.export.XlsxSkrivare;

/**
 * The utbetalningsunderlag as a file for the ekonomi: one row per line (so a spreadsheet can sum
 * and pivot it), codes in words, amounts as numbers; the month's totals in the subtitle.
 */
final class Underlagsexport {

    /** The formats the part offers. */
    enum Format {
        CSV, XLSX;

        String filandelse() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Underlagsexport() {
    }

    static Dokument dokument(Utbetalningsunderlag underlag) {
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.exportOrgnr), Kolumn.text(Messages.exportAnordnare),
                Kolumn.text(Messages.exportInsatsId), Kolumn.text(Messages.kolumnInsatstyp), Kolumn.text(Messages.kolumnPost),
                Kolumn.belopp(Messages.exportBelopp), Kolumn.text(Messages.kolumnStatus));
        List<List<Object>> rader = new ArrayList<>();
        for (Utbetalningsrad rad : underlag.rader()) {
            rader.add(List.of(rad.orgnr(), rad.anordnare() == null ? "" : rad.anordnare(), rad.insatsId(), rad.insatstyp(), //$NON-NLS-1$
                    Texter.radtyp(rad.radtyp()), rad.belopp(), Texter.status(rad.status())));
        }
        String titel = NLS.bind(Messages.exportTitel, underlag.manad());
        String summor = NLS.bind(Messages.exportSummor, Texter.kronor(underlag.attBetala()), Texter.kronor(underlag.vantarPaBedomning()));
        return new Dokument(titel, summor, List.of(new Tabell(titel, kolumner, rader, null)));
    }

    static String filnamn(Utbetalningsunderlag underlag, Format format) {
        return NLS.bind(Messages.exportFilnamn, underlag.manad(), format.filandelse());
    }

    /** Writes the file whole or not at all: into a file beside it, then moved over the target. */
    static void skriv(Utbetalningsunderlag underlag, Format format, Path fil) throws IOException {
        // beside the target, with the usual permissions (a temp file would be readable by its owner only)
        Path tillfallig = fil.resolveSibling("." + fil.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                Dokument dokument = dokument(underlag);
                switch (format) {
                    case CSV -> new CsvSkrivare().skriv(dokument.tabeller().get(0), ut);
                    case XLSX -> new XlsxSkrivare().skriv(dokument, ut);
                }
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }
}
