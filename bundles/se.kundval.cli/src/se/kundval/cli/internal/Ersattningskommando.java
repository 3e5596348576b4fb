package se.kundval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.json.Jsonkodek;
import se.kundval.model.Roll;

/**
 * {@code ersattning --manad YYYY-MM [--format csv|json]}: the month's utbetalningsunderlag, one row
 * per line item {@code orgnr;insats_id;insatstyp;radtyp;belopp;status} (DOMAIN §10). CSV has a
 * header row as the interchange files do; JSON is an array of objects with the same keys. Amounts
 * with a decimal point and two decimals, as machines read them.
 */
@Command
final class Ersattningskommando implements Kommando {

    static final String ERSATTNING = "se.kundval.ersattning"; //$NON-NLS-1$
    static final List<String> RUBRIK = List.of("orgnr", "insats_id", "insatstyp", "radtyp", "belopp", "status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** What --format takes, in any case; the help lists them in this order. */
    enum Format {
        CSV, JSON
    }

    @Option(names = "--manad", required = true, paramLabel = "${bundle:etikett.manad}", descriptionKey = "manad") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    YearMonth manad;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "format") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Format format = Format.CSV;

    private final Jsonkodek json = new Jsonkodek();

    /** DOMAIN §11: handläggare and administratör. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.HANDLAGGARE, Roll.ADMINISTRATOR);
    }

    @Override
    public List<String> buntar() {
        return List.of(ERSATTNING);
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        Utbetalningsunderlag underlag = korning.tjanst(ErsattningService.class).underlag(korning.vem(), manad);
        PrintStream ut = korning.ut();
        if (format == Format.JSON) {
            json(underlag, ut);
        } else {
            csv(underlag, ut);
        }
        ut.flush();
        return Korning.KLART;
    }

    /** Through the product's CSV codec, so that a field is quoted when it must be (docs/decisions/0130-csv.md). */
    private static void csv(Utbetalningsunderlag underlag, PrintStream ut) {
        try {
            Csvskrivare csv = new Csvskrivare(ut);
            csv.rad(RUBRIK);
            for (Utbetalningsrad r : underlag.rader()) {
                csv.rad(r.orgnr(), r.insatsId(), r.insatstyp(), r.radtyp().name(), r.belopp().toPlainString(), r.status().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as objects with the CSV's keys, one per line; belopp a number, as machines read it. */
    private void json(Utbetalningsunderlag underlag, PrintStream ut) {
        List<Map<String, Object>> rader = new ArrayList<>();
        for (Utbetalningsrad r : underlag.rader()) {
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put("orgnr", r.orgnr()); //$NON-NLS-1$
            rad.put("insats_id", r.insatsId()); //$NON-NLS-1$
            rad.put("insatstyp", r.insatstyp()); //$NON-NLS-1$
            rad.put("radtyp", r.radtyp()); //$NON-NLS-1$
            rad.put("belopp", r.belopp()); //$NON-NLS-1$
            rad.put("status", r.status()); //$NON-NLS-1$
            rader.add(rad);
        }
        try {
            json.skrivRader(rader, ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
