package se.kundval.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetpost;
import se.kundval.core.ersattning.Budgetprognos;

/**
 * {@code budget --plan FILE}: the cost of each plan row ({@code insatstyp;antal;ar}) and the total
 * (DOMAIN §7, §10), semicolon separated with a header, amounts with a decimal point. A bad plan is
 * bad input: every bad line as {@code file:line: message} on stderr, exit code 1.
 */
@Command
final class Budgetkommando implements Kommando {

    static final String RUBRIK = "insatstyp;antal;ar;manader;checkbelopp;checkkostnad;bonus;bonuskostnad;kostnad"; //$NON-NLS-1$

    @Option(names = "--plan", required = true, paramLabel = "${bundle:etikett.fil}", descriptionKey = "plan") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String plan;

    @Override
    public List<String> buntar() {
        return List.of(Ersattningskommando.ERSATTNING);
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        Budgetprognos prognos = korning.tjanst(BudgetService.class).prognos(korning.vem(), Path.of(plan));
        PrintStream ut = korning.ut();
        ut.println(RUBRIK);
        for (Budgetpost p : prognos.poster()) {
            ut.println(String.join(";", p.plan().insatstyp(), Integer.toString(p.plan().antal()), //$NON-NLS-1$
                    Integer.toString(p.plan().ar()), Integer.toString(p.manader()), p.checkbelopp().toPlainString(),
                    p.checkkostnad().toPlainString(), p.bonus().toPlainString(), p.bonuskostnad().toPlainString(),
                    p.summa().toPlainString()));
        }
        ut.println("totalt;;;;;;;;" + prognos.totalt().toPlainString()); //$NON-NLS-1$
        ut.flush();
        return Korning.KLART;
    }
}
