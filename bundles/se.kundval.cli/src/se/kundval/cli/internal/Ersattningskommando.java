package se.kundval.cli.internal;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * {@code ersattning --manad YYYY-MM [--format csv|json]}: the month's utbetalningsunderlag, one row
 * per line item {@code orgnr;insats_id;insatstyp;radtyp;belopp;status} (DOMAIN §10). CSV has a
 * header row as the interchange files do; JSON is an array of objects with the same keys. Amounts
 * with a decimal point and two decimals, as machines read them.
 */
final class Ersattningskommando implements Kommando {

    static final String ERSATTNING = "se.kundval.ersattning"; //$NON-NLS-1$
    static final String RUBRIK = "orgnr;insats_id;insatstyp;radtyp;belopp;status"; //$NON-NLS-1$

    @Override
    public String namn() {
        return "ersattning"; //$NON-NLS-1$
    }

    @Override
    public String anvandning() {
        return Messages.ersattningAnvandning;
    }

    @Override
    public String beskrivning() {
        return Messages.ersattningBeskrivning;
    }

    @Override
    public Set<String> flaggor() {
        return Set.of("manad", "format"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int argument() {
        return 0;
    }

    @Override
    public List<String> buntar() {
        return List.of(ERSATTNING);
    }

    @Override
    public int kor(Korning korning) {
        YearMonth manad = manad(korning.rad().flagga("manad")); //$NON-NLS-1$
        String format = format(korning.rad().flagga("format"), "csv", "json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        korning.anslut();
        Utbetalningsunderlag underlag = korning.tjanst(ErsattningService.class).underlag(korning.vem(), manad);
        PrintStream ut = korning.ut();
        if ("json".equals(format)) { //$NON-NLS-1$
            json(underlag, ut);
        } else {
            ut.println(RUBRIK);
            for (Utbetalningsrad r : underlag.rader()) {
                ut.println(String.join(";", r.orgnr(), r.insatsId(), r.insatstyp(), r.radtyp().name(), //$NON-NLS-1$
                        r.belopp().toPlainString(), r.status().name()));
            }
        }
        ut.flush();
        return Korning.KLART;
    }

    private static void json(Utbetalningsunderlag underlag, PrintStream ut) {
        ut.print('[');
        List<Utbetalningsrad> rader = underlag.rader();
        for (int i = 0; i < rader.size(); i++) {
            Utbetalningsrad r = rader.get(i);
            ut.print(i == 0 ? "\n  " : ",\n  "); //$NON-NLS-1$ //$NON-NLS-2$
            ut.print("{\"orgnr\":" + Json.text(r.orgnr()) + ",\"insats_id\":" + Json.text(r.insatsId()) //$NON-NLS-1$ //$NON-NLS-2$
                    + ",\"insatstyp\":" + Json.text(r.insatstyp()) + ",\"radtyp\":" + Json.text(r.radtyp().name()) //$NON-NLS-1$ //$NON-NLS-2$
                    + ",\"belopp\":" + r.belopp().toPlainString() + ",\"status\":" + Json.text(r.status().name()) + '}'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ut.println(rader.isEmpty() ? "]" : "\n]"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static YearMonth manad(String text) {
        if (text == null) {
            throw new Indatafel(NLS.bind(Messages.flaggaSaknas, "--manad", "ersattning")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Indatafel(NLS.bind(Messages.felManad, text));
        }
    }

    /** The --format value, lower case, the first allowed one when it is not given. */
    static String format(String text, String... tillatna) {
        if (text == null) {
            return tillatna[0];
        }
        String format = text.strip().toLowerCase(Locale.ROOT);
        if (!List.of(tillatna).contains(format)) {
            throw new Indatafel(NLS.bind(Messages.felFormat, text, String.join("|", tillatna))); //$NON-NLS-1$
        }
        return format;
    }
}
