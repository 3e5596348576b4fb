package se.kundval.ersattning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.model.Insats;

/**
 * The payment run of a month: every insats active in it (or ended in it), each priced by its
 * type's compensation model from the installed plugins and by the prislista as it stands.
 */
@Component(service = ErsattningService.class)
public class ErsattningMotor implements ErsattningService {

    private static final Comparator<Utbetalningsrad> ORDNING = Comparator.comparing(Utbetalningsrad::orgnr)
            .thenComparing(Utbetalningsrad::insatsId).thenComparing(Utbetalningsrad::radtyp);

    private InsatsService insatser;
    private ReferensdataService referensdata;
    private InsatstypRegister typer;

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    @Reference
    void setReferensdataService(ReferensdataService referensdataService) {
        this.referensdata = referensdataService;
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister register) {
        this.typer = register;
    }

    @Override
    public Utbetalningsunderlag underlag(Inloggning vem, YearMonth manad) {
        vem.kraver(Rattighet.KORA_ERSATTNING);
        List<Insats> aktiva = insatser.aktivaUnder(vem, manad.atDay(1), manad.atEndOfMonth());
        Map<String, Insatstypmodell> modeller = modeller(aktiva);
        Prislista prislista = new Prislista(referensdata.priser());
        List<Utbetalningsrad> rader = new ArrayList<>();
        for (Insats insats : aktiva) {
            Insatstypmodell typ = modeller.get(insats.getInsatstyp().getKod());
            rader.addAll(new Insatsersattning(insats, typ, prislista).rader(manad));
        }
        rader.sort(ORDNING);
        return new Utbetalningsunderlag(manad, rader);
    }

    /**
     * The installed model of every type among the insatser. A type whose plugin is gone cannot be
     * priced by its rules, so the run stops and names it instead of paying it wrongly.
     */
    private Map<String, Insatstypmodell> modeller(List<Insats> aktiva) {
        Map<String, Insatstypmodell> modeller = new HashMap<>();
        Set<String> saknade = new TreeSet<>();
        for (Insats insats : aktiva) {
            String kod = insats.getInsatstyp().getKod();
            if (!modeller.containsKey(kod) && !saknade.contains(kod)) {
                typer.typ(kod).ifPresentOrElse(t -> modeller.put(kod, t.modell()), () -> saknade.add(kod));
            }
        }
        if (!saknade.isEmpty()) {
            throw new KundvalException(NLS.bind(Messages.typSaknas, String.join(", ", saknade))); //$NON-NLS-1$
        }
        return modeller;
    }
}
