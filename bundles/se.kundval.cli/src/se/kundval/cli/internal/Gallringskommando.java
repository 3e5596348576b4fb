package se.kundval.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.dataskydd.OppetArende;
import se.kundval.model.Roll;

/**
 * {@code gallra --per DATE [--torrkorning]} (DOMAIN §12): the dry run prints what would go, per year
 * of last entry, and the open cases, and changes nothing; the real run gallrar in one transaction and
 * prints the kept gallringsrapport. Administratör only (the service refuses others).
 */
@Command
final class Gallringskommando implements Kommando {

    @Option(names = "--per", required = true, paramLabel = "${bundle:etikett.datum}", descriptionKey = "per") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LocalDate per;

    @Option(names = "--torrkorning", descriptionKey = "torrkorning") //$NON-NLS-1$ //$NON-NLS-2$
    boolean torrkorning;

    /** DOMAIN §11: the administratör only. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.ADMINISTRATOR);
    }

    @Override
    public List<String> buntar() {
        return List.of();
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        GallringService gallring = korning.tjanst(GallringService.class);
        Gallringsrapport rapport = torrkorning ? gallring.provkor(korning.vem(), per) : gallring.gallra(korning.vem(), per);
        skriv(rapport, korning.ut());
        return Korning.KLART;
    }

    static void skriv(Gallringsrapport r, PrintStream ut) {
        ut.println(NLS.bind(r.torrkorning() ? Messages.gallringTorr : Messages.gallringKlar, r.per(), r.id()));
        for (Map.Entry<Integer, Integer> ar : r.perAr().entrySet()) {
            ut.println(NLS.bind(Messages.gallringAr, ar.getKey(), ar.getValue()));
        }
        ut.println(NLS.bind(Messages.gallringSumma, new Object[] {r.akter(), r.insatser(), r.sparadeForskning()}));
        ut.println(NLS.bind(Messages.gallringOppna, r.oppnaArenden().size()));
        for (OppetArende o : r.oppnaArenden()) {
            ut.println(NLS.bind(Messages.gallringOppet, new Object[] {o.insatsId(), o.insatstyp(), o.startdatum(), o.senastePost()}));
        }
        ut.flush();
    }
}
