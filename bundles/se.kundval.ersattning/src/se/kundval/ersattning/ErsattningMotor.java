package se.kundval.ersattning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.ersattning.ErsattningsfaktaService;
import se.kundval.core.ersattning.Prissattning;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;

/**
 * The payment run of a month: every insats active in it (or ended in it), each priced by its
 * type's compensation model from the installed plugins and by the prislista as it stands. The
 * insatser are read as {@link Ersattningsfakta} in one streamed query when the data layer offers it,
 * and as aggregates through {@link InsatsService} otherwise (docs/decisions/0320-ersattningens-smala-lasvag.md).
 */
@Component(service = ErsattningService.class)
public class ErsattningMotor implements ErsattningService {

    private static final Comparator<Utbetalningsrad> ORDNING = Comparator.comparing(Utbetalningsrad::orgnr)
            .thenComparing(Utbetalningsrad::insatsId).thenComparing(Utbetalningsrad::radtyp);

    private InsatsService insatser;
    private volatile ErsattningsfaktaService fakta;
    private ReferensdataService referensdata;
    private InsatstypRegister typer;

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetErsattningsfaktaService")
    void setErsattningsfaktaService(ErsattningsfaktaService tjanst) {
        this.fakta = tjanst;
    }

    void unsetErsattningsfaktaService(ErsattningsfaktaService tjanst) {
        if (fakta == tjanst) {
            fakta = null;
        }
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
        List<Utbetalningsrad> rader = new ArrayList<>();
        rader(vem, manad, manad, (m, rad) -> rader.add(rad));
        rader.sort(ORDNING);
        return new Utbetalningsunderlag(manad, rader);
    }

    /**
     * One read of the whole period; each insats is priced for every month of it that it belongs to
     * as it is read, so a year's insatser never sit in memory. A run stopped by a missing plugin or
     * price throws, and the lines handed on before that are not an underlag.
     */
    @Override
    public void rader(Inloggning vem, YearMonth fran, YearMonth till, BiConsumer<YearMonth, Utbetalningsrad> mottagare) {
        vem.kraver(Rattighet.KORA_ERSATTNING);
        prisa(vem, fran, till, mottagare);
    }

    /**
     * The anordnare's own lines: the read path limits an anordnare user to its organisation's
     * insatser, and the lines are checked against the orgnr once more, so that a data layer that
     * read more could still not show another organisation's line.
     */
    @Override
    public Utbetalningsunderlag egetUnderlag(Inloggning vem, YearMonth manad) {
        if (!vem.begransadTillAnordnare()) {
            throw new AtkomstNekadException(vem, Rattighet.RAPPORTERA_SOM_ANORDNARE);
        }
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        List<Utbetalningsrad> rader = new ArrayList<>();
        prisa(vem, manad, manad, (m, rad) -> {
            if (vem.orgnr().equals(rad.orgnr())) {
                rader.add(rad);
            }
        });
        rader.sort(ORDNING);
        return new Utbetalningsunderlag(manad, rader);
    }

    @Override
    public Prissattning prissattning(Inloggning vem, YearMonth fran, YearMonth till, BiConsumer<YearMonth, Utbetalningsrad> mottagare) {
        vem.kraver(Rattighet.KORA_ERSATTNING);
        return new Manadsprissattning(fran, till, new Prislista(referensdata.priser(), typer), typer, mottagare);
    }

    private void prisa(Inloggning vem, YearMonth fran, YearMonth till, BiConsumer<YearMonth, Utbetalningsrad> mottagare) {
        Prissattning prissattning = new Manadsprissattning(fran, till, new Prislista(referensdata.priser(), typer), typer, mottagare);
        las(vem, fran.atDay(1), till.atEndOfMonth(), prissattning);
        prissattning.klar();
    }

    private void las(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Ersattningsfakta> mottagare) {
        ErsattningsfaktaService smal = fakta;
        if (smal != null) {
            smal.insatserUnder(vem, fran, till, mottagare);
        } else {
            insatser.aktivaUnder(vem, fran, till).forEach(i -> mottagare.accept(Ersattningsfakta.av(i)));
        }
    }
}
