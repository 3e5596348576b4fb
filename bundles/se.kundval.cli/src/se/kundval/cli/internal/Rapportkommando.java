package se.kundval.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;

/**
 * {@code rapport kvalitet --fran DATUM --till DATUM [--format json|csv|xlsx|pdf] [--out FIL]}: the
 * kvalitetsrapport of DOMAIN §7, JSON by default, to stdout or to the file. The file appears only
 * when the whole report is written.
 */
final class Rapportkommando implements Kommando {

    private static final String FRAN = "fran"; //$NON-NLS-1$
    private static final String TILL = "till"; //$NON-NLS-1$
    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String UT = "out"; //$NON-NLS-1$

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
        return Set.of(FRAN, TILL, FORMAT, UT);
    }

    @Override
    public int argument() {
        return 0;
    }

    /** The report, and the compensation engine whose sections it adds when present. */
    @Override
    public List<String> buntar() {
        return List.of("se.kundval.rapport", "se.kundval.ersattning"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int kor(Korning korning) {
        Rapportperiod period = period(korning.rad());
        Rapportformat format = format(korning.rad().flagga(FORMAT));
        Path fil = korning.rad().flagga(UT) == null ? null : Path.of(korning.rad().flagga(UT)).toAbsolutePath();
        if (fil != null && !Files.isDirectory(fil.getParent())) {
            throw new Indatafel(NLS.bind(Messages.rapportKatalogSaknas, fil.getParent()));
        }
        korning.anslut();
        RapportService rapporter = korning.tjanst(RapportService.class);
        Kvalitetsrapport rapport = rapporter.kvalitetsrapport(korning.vem(), period);
        try {
            if (fil == null) {
                rapporter.skriv(rapport, format, korning.ut());
                korning.ut().flush();
            } else {
                skrivFil(rapporter, rapport, format, fil);
                korning.ut().println(NLS.bind(Messages.rapportSkriven, fil));
            }
        } catch (IOException e) {
            throw new KundvalException(NLS.bind(Messages.rapportKanInteSkrivas, fil == null ? "-" : fil, e.getMessage()), e); //$NON-NLS-1$
        }
        return Korning.KLART;
    }

    /** Written beside the file first and moved into place, so a failure leaves no half report. */
    private static void skrivFil(RapportService rapporter, Kvalitetsrapport rapport, Rapportformat format, Path fil)
            throws IOException {
        Path tillfallig = Files.createTempFile(fil.getParent(), ".kundval-rapport", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                rapporter.skriv(rapport, format, ut);
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }

    private static Rapportperiod period(Kommandorad rad) {
        LocalDate fran = datum(rad, FRAN);
        LocalDate till = datum(rad, TILL);
        if (till.isBefore(fran)) {
            throw new Indatafel(NLS.bind(Messages.rapportTillForeFran, till, fran));
        }
        return new Rapportperiod(fran, till);
    }

    private static LocalDate datum(Kommandorad rad, String flagga) {
        String varde = rad.flagga(flagga);
        if (varde == null) {
            throw new Indatafel(NLS.bind(Messages.rapportFlaggaSaknas, flagga));
        }
        try {
            return LocalDate.parse(varde);
        } catch (DateTimeParseException e) {
            throw new Indatafel(NLS.bind(Messages.rapportDatum, flagga, varde));
        }
    }

    private static Rapportformat format(String varde) {
        if (varde == null) {
            return Rapportformat.JSON;
        }
        try {
            return Rapportformat.av(varde);
        } catch (IllegalArgumentException e) {
            throw new Indatafel(NLS.bind(Messages.rapportFormat, varde));
        }
    }
}
