package se.kundval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.json.Jsonkodek;
import se.kundval.model.Roll;

/**
 * {@code logg --fran DATE --till DATE [--anvandare U] [--kund K] [--format csv|json]}: the access log
 * of the period (DOMAIN §12), oldest first, one row per entry with its flags and its latest review.
 * Locally ({@code --db}/{@code --jdbc}) it runs as the database's owner in the loggranskare's role
 * (docs/decisions/0201-loggkontroll.md); reading the log is itself no access to a kund.
 */
@Command
final class Loggkommando implements Kommando {

    static final List<String> RUBRIK = List.of("id", "tid", "anvandare", "roll", "klient", "adress", "kund", "handling", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "plats", "skyddad", "utanfor_ansvar", "utanfor_kontorstid", "granskad_av", "granskad", "kommentar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** What --format takes, in any case. */
    enum Format {
        CSV, JSON
    }

    @Option(names = "--fran", required = true, paramLabel = "${bundle:etikett.datum}", descriptionKey = "fran") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LocalDate fran;

    @Option(names = "--till", required = true, paramLabel = "${bundle:etikett.datum}", descriptionKey = "till") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LocalDate till;

    @Option(names = "--anvandare", paramLabel = "U", descriptionKey = "anvandare") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String anvandare;

    @Option(names = "--kund", paramLabel = "K", descriptionKey = "kund") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String kund;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "format") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Format format = Format.CSV;

    private final Jsonkodek json = new Jsonkodek();

    /** DOMAIN §11: the loggranskare only. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.LOGGRANSKARE);
    }

    @Override
    public List<String> buntar() {
        return List.of();
    }

    @Override
    public int kor(Korning korning) {
        if (till.isBefore(fran)) {
            throw new Indatafel(NLS.bind(Messages.tillForeFran, till, fran));
        }
        korning.anslut();
        Inloggning batch = korning.vem();
        Inloggning granskare = new Inloggning(batch.anvandarnamn(), batch.namn(), Roll.LOGGRANSKARE, null, batch.klient(), "logg"); //$NON-NLS-1$
        List<Atkomstpost> poster = korning.tjanst(AtkomstloggService.class).sok(granskare,
                Loggfraga.period(fran, till).medAnvandare(anvandare).medKund(kund));
        PrintStream ut = korning.ut();
        try {
            if (format == Format.JSON) {
                json.skrivRader(poster.stream().map(Loggkommando::falt).toList(), ut);
            } else {
                Csvskrivare csv = new Csvskrivare(ut);
                csv.rad(RUBRIK);
                for (Atkomstpost p : poster) {
                    csv.rad(falt(p).values().stream().map(v -> v == null ? "" : v.toString()).toList()); //$NON-NLS-1$
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ut.flush();
        return Korning.KLART;
    }

    /** The row's fields under the CSV's keys; the JSON object has the same keys, booleans as booleans. */
    private static Map<String, Object> falt(Atkomstpost p) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Object> varden = new ArrayList<>(List.of(p.id(), p.tid().toString(), p.anvandare(), p.roll().getName(),
                p.klient().typ().name(), p.klient().adress(), p.kundId(), p.handling().name(), p.plats(), p.skyddad(),
                p.utanforAnsvar(), p.utanforKontorstid()));
        varden.add(p.granskning() == null ? null : p.granskning().granskare());
        varden.add(p.granskning() == null ? null : p.granskning().tid().toString());
        varden.add(p.granskning() == null ? null : p.granskning().kommentar());
        for (int i = 0; i < RUBRIK.size(); i++) {
            f.put(RUBRIK.get(i), varden.get(i));
        }
        return f;
    }
}
