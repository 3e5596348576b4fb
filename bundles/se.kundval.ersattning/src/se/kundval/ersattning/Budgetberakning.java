package se.kundval.ersattning;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetpost;
import se.kundval.core.ersattning.Budgetprognos;
import se.kundval.core.ersattning.Budgetrad;
import se.kundval.core.ersattning.Planfel;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Pris;

/**
 * Budget prognos as the 2024 redesign computes it (NAF-2023-00285, "Budget 2024"): planned full
 * insatser × the type's granted length × the checkbelopp, plus expected bonuses × the
 * resultatbonus, at the prices valid on the first day of the budget year.
 */
@Component(service = BudgetService.class)
public class Budgetberakning implements BudgetService {

    private ReferensdataService referensdata;
    private InsatstypRegister typer;

    @Reference
    void setReferensdataService(ReferensdataService referensdataService) {
        this.referensdata = referensdataService;
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister register) {
        this.typer = register;
    }

    @Override
    public Budgetprognos prognos(Inloggning vem, Path plan) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        return prognos(vem, Budgetplan.las(plan));
    }

    @Override
    public Budgetprognos prognos(Inloggning vem, List<Budgetrad> plan) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        List<Budgetpost> poster = new ArrayList<>();
        List<String> fel = new ArrayList<>();
        for (Budgetrad rad : plan) {
            try {
                poster.add(post(rad));
            } catch (IllegalArgumentException e) {
                fel.add(rad.kalla() + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
        if (!fel.isEmpty()) {
            throw new Planfel(fel);
        }
        return new Budgetprognos(poster);
    }

    private Budgetpost post(Budgetrad rad) {
        InsatstypBeskrivning typ = typer.typ(rad.insatstyp())
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.okandTyp, rad.insatstyp())));
        if (typ.langdManader() == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.ingenLangd, typ.kod()));
        }
        LocalDate forstaJanuari = LocalDate.of(rad.ar(), 1, 1);
        if (!erbjudsUnder(typ, rad.ar())) {
            throw new IllegalArgumentException(NLS.bind(Messages.erbjudsInte, typ.kod(), rad.ar()));
        }
        Optional<Pris> pris = referensdata.prisPa(typ.kod(), forstaJanuari);
        if (pris.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.prisSaknas, typ.kod(), forstaJanuari));
        }
        BigDecimal bonus = pris.get().getBonus() == null ? BigDecimal.ZERO : pris.get().getBonus();
        BigDecimal bonusgrundande = rad.bonusgrundande() == null ? BigDecimal.ZERO : rad.bonusgrundande();
        if (bonusgrundande.signum() > 0 && bonus.signum() == 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.ingenBonus, typ.kod(), rad.ar()));
        }
        int manader = rad.antal() * typ.langdManader();
        BigDecimal checkbelopp = pris.get().getCheckbelopp();
        return new Budgetpost(rad, manader, checkbelopp, Belopp.ore(checkbelopp.multiply(BigDecimal.valueOf(manader))),
                Belopp.ore(bonus), Belopp.ore(bonus.multiply(bonusgrundande)));
    }

    /** True when a beslut may start the type on some day of the year. */
    private static boolean erbjudsUnder(InsatstypBeskrivning typ, int ar) {
        LocalDate forsta = LocalDate.of(ar, 1, 1);
        LocalDate sista = LocalDate.of(ar, 12, 31);
        return (typ.giltigFran() == null || !typ.giltigFran().isAfter(sista))
                && (typ.giltigTill() == null || !typ.giltigTill().isBefore(forsta));
    }
}
