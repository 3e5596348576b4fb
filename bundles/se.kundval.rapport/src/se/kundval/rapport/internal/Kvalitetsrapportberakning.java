package se.kundval.rapport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Prissattning;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportdelsbidrag;
import se.kundval.core.rapport.Rapportdelsregister;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Totalrad;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.core.tjanst.Insatsuppgift;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.export.CsvSkrivare;
import se.kundval.export.PdfSkrivare;
import se.kundval.export.XlsxSkrivare;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insatstyp;
import se.kundval.model.Tillsyn;

/**
 * The kvalitetsrapport (DOMAIN §7): one streamed pass over the period's insatser, the register of
 * anordnare and their auktorisationer, the kundundersökning and tillsyn of the period's years, and the
 * sections contributed by plugins. The same pass gathers the judged avslut for the case-mix model of
 * §13, fitted once the stream has ended. The compensation engine's sections are added when its services
 * are installed (optional, dynamic references). See docs/decisions/0040-kvalitetsrapportens-matt.md
 * and 0045-ersattning-i-rapporten.md.
 */
@Component(service = RapportService.class)
public class Kvalitetsrapportberakning implements RapportService {

    private InsatsstatistikService statistik;
    private InsatsService insatser;
    private AnordnareService anordnare;
    private ReferensdataService referensdata;
    private KvalitetService kvalitet;
    private InsatstypRegister register;
    private Rapportdelsregister delar;
    private volatile ErsattningService ersattning;
    private volatile BudgetService budget;
    private final Jsonkodek json = new Jsonkodek();

    @Reference
    void setInsatsstatistikService(InsatsstatistikService tjanst) {
        this.statistik = tjanst;
    }

    @Reference
    void setInsatsService(InsatsService tjanst) {
        this.insatser = tjanst;
    }

    @Reference
    void setAnordnareService(AnordnareService tjanst) {
        this.anordnare = tjanst;
    }

    @Reference
    void setReferensdataService(ReferensdataService tjanst) {
        this.referensdata = tjanst;
    }

    @Reference
    void setKvalitetService(KvalitetService tjanst) {
        this.kvalitet = tjanst;
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister tjanst) {
        this.register = tjanst;
    }

    @Reference
    void setRapportdelsregister(Rapportdelsregister tjanst) {
        this.delar = tjanst;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetErsattningService")
    void setErsattningService(ErsattningService tjanst) {
        this.ersattning = tjanst;
    }

    void unsetErsattningService(ErsattningService tjanst) {
        if (ersattning == tjanst) {
            ersattning = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetBudgetService")
    void setBudgetService(BudgetService tjanst) {
        this.budget = tjanst;
    }

    void unsetBudgetService(BudgetService tjanst) {
        if (budget == tjanst) {
            budget = null;
        }
    }

    @Override
    public Kvalitetsrapport kvalitetsrapport(Inloggning vem, Rapportperiod period) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        Map<String, Insatstyp> typer = new LinkedHashMap<>();
        referensdata.insatstyper().forEach(t -> typer.put(t.getKod(), t));
        Insamling insamling = new Insamling(period, new Malbedomning(register, typer));
        Utbetaltsummor utbetalt = las(vem, period, insamling);
        insamling.typdata(statistik.typdata(vem, insamling.vantarPaTypdata()));

        List<Anordnare> allaAnordnare = anordnare.alla(vem);
        Auktorisationer auktorisationer = new Auktorisationer(allaAnordnare, period);
        List<Enkatsvar> svar = new ArrayList<>();
        List<Enkatutskick> utskick = new ArrayList<>();
        List<Tillsyn> tillsyn = new ArrayList<>();
        for (int ar : period.ar()) {
            svar.addAll(kvalitet.enkatsvar(vem, ar));
            utskick.addAll(kvalitet.enkatutskick(vem, ar));
            tillsyn.addAll(kvalitet.tillsyn(vem, ar));
        }
        Undersokningsberakning undersokning = new Undersokningsberakning(svar, utskick);

        Jamforelse jamforelse = Fallmixskattning.skatta(insamling.fallmix());
        Radackumulator alla = insamling.totalt();
        Totalrad totalt = new Totalrad(alla.resultat(), auktorisationer.totalt(), insamling.perAnordnare().size(), undersokning.totalt());
        Map<String, Insatstyprad> typrader = Rapportrader.typrader(typer, insamling, auktorisationer, period);
        return new Kvalitetsrapport(period, totalt, typrader,
                Rapportrader.anordnarrader(allaAnordnare, insamling, auktorisationer, undersokning, alla.kunder(), jamforelse),
                Tillsynssammanstallning.sammanstall(tillsyn), sektioner(vem, period, typrader, utbetalt), jamforelse.fallmix());
    }

    /**
     * The period's insatser in one read (docs/decisions/0421-rapporten-i-en-lasning.md): with the
     * engine's facts priced as they stream when the engine is installed and the user may run it, the
     * sums of its lines returned; null otherwise.
     */
    private Utbetaltsummor las(Inloggning vem, Rapportperiod period, Insamling insamling) {
        ErsattningService motor = ersattning;
        if (motor == null || !vem.har(Rattighet.KORA_ERSATTNING)) {
            statistik.insatserUnder(vem, period.fran(), period.till(), insamling);
            return null;
        }
        Utbetaltsummor utbetalt = new Utbetaltsummor();
        Prissattning prissattning = motor.prissattning(vem, YearMonth.from(period.fran()), YearMonth.from(period.till()), utbetalt);
        statistik.insatserMedErsattning(vem, period.fran(), period.till(), insamling, prissattning);
        prissattning.klar();
        return utbetalt;
    }

    @Override
    public List<Insatsuppgift> insatserBakom(Inloggning vem, Rapportperiod period, Figur figur) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        Map<String, Insatstyp> typer = new LinkedHashMap<>();
        referensdata.insatstyper().forEach(t -> typer.put(t.getKod(), t));
        Figurunderlag underlag = new Figurunderlag(period, figur, new Malbedomning(register, typer));
        statistik.insatserUnder(vem, period.fran(), period.till(), underlag);
        underlag.typdata(statistik.typdata(vem, underlag.vantarPaTypdata()));
        return statistik.uppgifter(vem, underlag.insatser());
    }

    /**
     * The plugins' sections, then the compensation engine's when it is installed: what it makes
     * payable (summed during the read) only for users who may run it, the budget prognos for every
     * reader of reports.
     */
    private List<Rapportsektion> sektioner(Inloggning vem, Rapportperiod period, Map<String, Insatstyprad> typrader,
            Utbetaltsummor utbetalt) {
        Sektionsunderlag underlag = new Sektionsunderlag(vem, period, insatser, statistik, register);
        List<Rapportsektion> sektioner = new ArrayList<>();
        for (Rapportdelsbidrag bidrag : delar.bidrag()) {
            sektioner.add(bidrag.del().berakna(underlag.till(bidrag)));
        }
        if (utbetalt != null) {
            sektioner.add(utbetalt.sektion());
        }
        BudgetService prognos = budget;
        if (prognos != null) {
            int ar = period.till().getYear();
            sektioner.add(Ersattningsdelar.budget(prognos, vem, period, typrader.values(), kod -> erbjuds(kod, ar),
                    kod -> harBonus(kod, ar)));
        }
        return sektioner;
    }

    /** The type's plugin offers it some day of the year (the rule the budget applies). */
    private boolean erbjuds(String kod, int ar) {
        LocalDate forsta = LocalDate.of(ar, 1, 1);
        LocalDate sista = LocalDate.of(ar, 12, 31);
        return register.typ(kod).map(t -> (t.giltigFran() == null || !t.giltigFran().isAfter(sista))
                && (t.giltigTill() == null || !t.giltigTill().isBefore(forsta))).orElse(false);
    }

    /** The prislista has a bonus for the type on the year's first day. */
    private boolean harBonus(String kod, int ar) {
        return referensdata.prisPa(kod, LocalDate.of(ar, 1, 1)).map(p -> p.getBonus() != null && p.getBonus().signum() > 0)
                .orElse(false);
    }

    @Override
    public void skriv(Kvalitetsrapport rapport, Rapportformat format, OutputStream ut) throws IOException {
        switch (format) {
            case JSON -> new KvalitetsrapportJson(rapport, json).skriv(ut);
            case CSV -> new CsvSkrivare().skriv(Rapportdokument.av(rapport), ut);
            case XLSX -> new XlsxSkrivare().skriv(Rapportdokument.av(rapport), ut);
            case PDF -> new PdfSkrivare().skriv(Rapportdokument.av(rapport), ut);
        }
    }
}
