package se.kundval.beviljande.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Anordnarval;
import se.kundval.core.tjanst.Behorighetsprovning;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.rapport.Nki;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.GemensammaRegler;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Anordnare;
import se.kundval.model.Beslut;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.regler.Auktorisationer;
import se.kundval.model.tid.Insatsperiod;

/**
 * {@link BeviljandeService}: runs the common rules and the type's own on the kund, and records the
 * handläggare's beslut with every override, in one audited save.
 */
@Component(service = BeviljandeService.class)
public class BeviljandeTjanst implements BeviljandeService {

    private KundService kunder;
    private InsatsService insatser;
    private AnordnareService anordnare;
    private ReferensdataService referensdata;
    private InsatstypRegister typer;
    private KvalitetService kvalitet;
    private volatile Clock klocka;

    @Reference
    void setKundService(KundService kundService) {
        this.kunder = kundService;
    }

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    @Reference
    void setAnordnareService(AnordnareService anordnareService) {
        this.anordnare = anordnareService;
    }

    @Reference
    void setReferensdataService(ReferensdataService referensdataService) {
        this.referensdata = referensdataService;
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister register) {
        this.typer = register;
    }

    @Reference
    void setKvalitetService(KvalitetService kvalitetService) {
        this.kvalitet = kvalitetService;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public List<Insatstyp> typerGiltigaPa(Inloggning vem, LocalDate start) {
        vem.kraver(Rattighet.BEVILJA_INSATS);
        return referensdata.insatstyper().stream()
                .filter(t -> typer.typ(t.getKod()).map(b -> b.giltigPa(start)).orElse(false)).toList();
    }

    @Override
    public Behorighetsprovning prova(Inloggning vem, long kundId, String insatstyp, LocalDate beslutsdatum, LocalDate start) {
        vem.kraver(Rattighet.BEVILJA_INSATS);
        InsatstypBeskrivning typ = installerad(insatstyp, start);
        Kund kund = kunder.hamta(vem, kundId);
        Behorighetsunderlag underlag = new Behorighetsunderlag(kund, beslutsdatum, start, insatser.forKund(vem, kundId),
                Kommun.namn());
        LocalDate planeratSlut = Insatsperiod.slutEfter(start, typ.langdManader());
        List<Regelutfall> utfall = new ArrayList<>(GemensammaRegler.prova(underlag, planeratSlut));
        utfall.addAll(typ.modell().provaBehorighet(underlag));
        return new Behorighetsprovning(insatstyp, List.copyOf(utfall), planeratSlut);
    }

    @Override
    public List<Anordnarval> anordnare(Inloggning vem, String insatstyp, LocalDate start) {
        vem.kraver(Rattighet.BEVILJA_INSATS);
        List<Insats> senasteAret = insatser.aktivaUnder(vem, start.minusYears(1), start);
        Map<String, Nki> nki = Resultat.nki(senasteUndersokningen(vem, start.getYear()));
        return anordnare.alla(vem).stream().filter(a -> Auktorisationer.galler(a, insatstyp, start))
                .map(a -> Resultat.val(a, insatstyp, senasteAret, start, nki.get(a.getOrgnr()))).toList();
    }

    /** The survey of the start's year, or of the year before when this year's has not been made. */
    private List<Enkatsvar> senasteUndersokningen(Inloggning vem, int ar) {
        List<Enkatsvar> svar = kvalitet.enkatsvar(vem, ar);
        return svar.isEmpty() ? kvalitet.enkatsvar(vem, ar - 1) : svar;
    }

    @Override
    public Insats bevilja(Inloggning vem, Beviljande b) {
        Behorighetsprovning provning = prova(vem, b.kundId(), b.insatstyp(), b.beslutsdatum(), b.startdatum());
        Anordnare vald = anordnare.hamtaMedOrgnr(vem, b.orgnr())
                .orElseThrow(() -> new KundvalException(NLS.bind(Messages.okandAnordnare, b.orgnr())));
        Insatstyp typ = referensdata.insatstyp(b.insatstyp()).orElseThrow();
        Insats insats = Beslutsskrivare.beviljande(insatser.nyttInsatsId(), kunder.hamta(vem, b.kundId()), typ, vald, b,
                provning, vem.anvandarnamn(), LocalDateTime.now(klocka));
        insatser.spara(vem, insats, new Granskning("BESLUT_BEVILJANDE", Beslutsskrivare.beskriv(insats.getBeslut().get(0)))); //$NON-NLS-1$
        return insats;
    }

    @Override
    public Insats forlang(Inloggning vem, long insatsId, int manader, LocalDate beslutsdatum, String motivering,
            String motiveringForLangd) {
        vem.kraver(Rattighet.BEVILJA_INSATS);
        Insats insats = insatser.hamta(vem, insatsId);
        Beslut beslut = Beslutsskrivare.forlangning(insats, new Forlangningsbeslut(manader, beslutsdatum, motivering, motiveringForLangd),
                vem.anvandarnamn(), LocalDateTime.now(klocka));
        insatser.spara(vem, insats, new Granskning("BESLUT_FORLANGNING", Beslutsskrivare.beskriv(beslut))); //$NON-NLS-1$
        return insats;
    }

    private InsatstypBeskrivning installerad(String kod, LocalDate start) {
        InsatstypBeskrivning typ = typer.typ(kod)
                .orElseThrow(() -> new KundvalException(NLS.bind(Messages.typInteInstallerad, kod)));
        if (!typ.giltigPa(start)) {
            throw new KundvalException(NLS.bind(Messages.typInteGiltig, typ.namn(), start));
        }
        if (typ.langdManader() == null) {
            throw new KundvalException(NLS.bind(Messages.typUtanLangd, typ.namn()));
        }
        return typ;
    }
}
