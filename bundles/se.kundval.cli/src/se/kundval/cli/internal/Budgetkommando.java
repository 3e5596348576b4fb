package se.kundval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetpost;
import se.kundval.core.ersattning.Budgetprognos;
import se.kundval.model.Roll;

/**
 * {@code budget --plan FILE}: the cost of each plan row ({@code insatstyp;antal;ar}) and the total
 * (DOMAIN §7, §10), semicolon separated with a header, amounts with a decimal point. A bad plan is
 * bad input: every bad line as {@code file:line: message} on stderr, exit code 1.
 */
@Command
final class Budgetkommando implements Kommando {

    static final List<String> RUBRIK = List.of("insatstyp", "antal", "ar", "manader", "checkbelopp", "checkkostnad", "bonus", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "bonuskostnad", "kostnad"); //$NON-NLS-1$ //$NON-NLS-2$

    @Option(names = "--plan", required = true, paramLabel = "${bundle:etikett.fil}", descriptionKey = "plan") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String plan;

    /** DOMAIN §11: kvalitetsutvecklare, handläggare and administratör. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.KVALITETSUTVECKLARE, Roll.HANDLAGGARE, Roll.ADMINISTRATOR);
    }

    @Override
    public List<String> buntar() {
        return List.of(Ersattningskommando.ERSATTNING);
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        Budgetprognos prognos = korning.tjanst(BudgetService.class).prognos(korning.vem(), Path.of(plan));
        PrintStream ut = korning.ut();
        skriv(prognos, ut);
        ut.flush();
        return Korning.KLART;
    }

    /** Through the product's CSV codec: a plan's insatstyp is the user's text (docs/decisions/0130-csv.md). */
    private static void skriv(Budgetprognos prognos, PrintStream ut) {
        try {
            Csvskrivare csv = new Csvskrivare(ut);
            csv.rad(RUBRIK);
            for (Budgetpost p : prognos.poster()) {
                csv.rad(p.plan().insatstyp(), Integer.toString(p.plan().antal()), Integer.toString(p.plan().ar()),
                        Integer.toString(p.manader()), p.checkbelopp().toPlainString(), p.checkkostnad().toPlainString(),
                        p.bonus().toPlainString(), p.bonuskostnad().toPlainString(), p.summa().toPlainString());
            }
            csv.rad("totalt", "", "", "", "", "", "", "", prognos.totalt().toPlainString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
