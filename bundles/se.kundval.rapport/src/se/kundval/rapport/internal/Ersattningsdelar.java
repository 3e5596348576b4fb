package se.kundval.rapport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetpost;
import se.kundval.core.ersattning.Budgetprognos;
import se.kundval.core.ersattning.Budgetrad;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportsektion;

/**
 * The report's two sections from the compensation engine (the payments summed by {@link Utbetaltsummor}) (docs/decisions/0045-ersattning-i-rapporten.md):
 * what the engine makes payable for the months of the period per anordnare and type, and the budget
 * prognos of the period's started insatser as full insatser with their bonusgrundande avslut.
 */
final class Ersattningsdelar {

    static final String ERSATTNING = "ersattning"; //$NON-NLS-1$
    static final String BUDGET = "budget"; //$NON-NLS-1$
    static final String TOTALT = "TOTALT"; //$NON-NLS-1$
    static final String NAMN = "namn"; //$NON-NLS-1$
    static final String SUMMA = "totalt"; //$NON-NLS-1$
    static final String VANTAR = "vantar_pa_bedomning"; //$NON-NLS-1$

    private Ersattningsdelar() {
    }

    static void belopp(Map<String, Object> rad, Map<String, BigDecimal> summor, Collection<String> typer) {
        BigDecimal summa = noll();
        for (String typ : typer) {
            BigDecimal belopp = summor.getOrDefault(typ, noll());
            rad.put(typ, belopp);
            summa = summa.add(belopp);
        }
        rad.put(SUMMA, summa);
        rad.put(VANTAR, summor.getOrDefault(VANTAR, noll()));
    }

    static BigDecimal noll() {
        return BigDecimal.ZERO.setScale(2);
    }

    /**
     * The budget prognos (DOMAIN §7): per type, the insatser started in the period as planned full
     * insatser in the year the period ends, with its bonusgrundande avslut as the expected bonuses
     * for the types whose prislista has a bonus that year (judgements of other types pay none).
     * Types not offered that year (phased out) cannot be planned and are left out.
     */
    static Rapportsektion budget(BudgetService budget, Inloggning vem, Rapportperiod period, Collection<Insatstyprad> typer,
            Predicate<String> erbjuds, Predicate<String> harBonus) {
        List<Budgetrad> plan = new ArrayList<>();
        for (Insatstyprad typ : typer) {
            if (typ.resultat().startade() > 0 && erbjuds.test(typ.kod())) {
                int bonusgrundande = typ.resultat().bonusgrundande();
                BigDecimal bonusar = bonusgrundande > 0 && harBonus.test(typ.kod()) ? BigDecimal.valueOf(bonusgrundande) : null;
                plan.add(new Budgetrad(Messages.budgetKalla, typ.kod(), typ.resultat().startade(), period.till().getYear(), bonusar));
            }
        }
        List<String> kolumner = List.of("antal", "ar", "manader", "checkbelopp", "checkkostnad", "bonus", "bonuskostnad", SUMMA); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        Map<String, Map<String, Object>> rader = new LinkedHashMap<>();
        Budgetprognos prognos = plan.isEmpty() ? new Budgetprognos(List.of()) : budget.prognos(vem, plan);
        for (Budgetpost post : prognos.poster()) {
            Map<String, Object> rad = new LinkedHashMap<>();
            List<Object> varden = List.of(post.plan().antal(), post.plan().ar(), post.manader(), post.checkbelopp(),
                    post.checkkostnad(), post.bonus(), post.bonuskostnad(), post.summa());
            for (int i = 0; i < kolumner.size(); i++) {
                rad.put(kolumner.get(i), varden.get(i));
            }
            rader.put(post.plan().insatstyp(), rad);
        }
        Map<String, Object> totalt = new LinkedHashMap<>();
        kolumner.forEach(k -> totalt.put(k, null));
        totalt.put(SUMMA, prognos.totalt());
        rader.put(TOTALT, totalt);
        return new Rapportsektion(BUDGET, Messages.sektionBudget, kolumner, rader);
    }
}
