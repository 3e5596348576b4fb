package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.persistence.internal.orm.Revision;

/** {@link InsatsService} on Hibernate: whole aggregates for one kund, lean batches for periods. */
@Component(service = InsatsService.class)
public class InsatsLager implements InsatsService {

    /** Compensation and reports need the decisions and the avslut, not plans and monthly reports. */
    static final Hamtplan PERIODPLAN = Hamtplan.bara(Literals.INSATS__BESLUT, Literals.INSATS__AVSLUT,
            Literals.AVSLUT__BEDOMNINGAR, Literals.INSATS__TYPDATA, Literals.INSATS__SEXMANADERSUPPFOLJNINGAR);

    /** What the caseload's deadlines read (every {@code Bevakningskalla}); plans' and uppföljningar's contents, typdata and auktorisationer are not. */
    static final Hamtplan BEVAKNINGSPLAN = Hamtplan.bara(Literals.INSATS__BESLUT, Literals.INSATS__AVSLUT,
            Literals.AVSLUT__BEDOMNINGAR, Literals.INSATS__GENOMFORANDEPLAN, Literals.INSATS__MANADSRAPPORTER,
            Literals.INSATS__PROGRESSGENOMGANGAR, Literals.INSATS__SEXMANADERSUPPFOLJNINGAR, Literals.INSATS__EFFEKTUPPFOLJNINGAR);

    private static final String PLATS_INSATS = "Insats"; //$NON-NLS-1$

    private Sessionskalla databas;
    private Atkomstskrivning atkomst;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setAtkomstskrivning(Atkomstskrivning atkomstskrivning) {
        this.atkomst = atkomstskrivning;
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
    public List<Insats> forKund(Inloggning vem, long kundId) {
        vem.kraver(Rattighet.LASA_KUNDER);
        return utlamnade(vem, Insatslasning.forKund(databas, vem, kundId), PLATS_INSATS);
    }

    @Override
    public String nyttInsatsId() {
        return Arendenummer.nytt(databas, 'I', LocalDate.now(klocka));
    }

    @Override
    public Insats hamta(Inloggning vem, long id) {
        vem.kraver(Rattighet.LASA_KUNDER);
        // loaded without the anordnare filter so that another anordnare's insats is refused, not "missing"
        List<Insats> hittade = Insatslasning.sok(databas, null, "i.id = :id", Map.of("id", id), Hamtplan.ALLT); //$NON-NLS-1$ //$NON-NLS-2$
        if (hittade.isEmpty()) {
            throw new KundvalException(NLS.bind(Messages.finnsInte, "Insats", id)); //$NON-NLS-1$
        }
        Atkomst.kontrolleraOrgnr(vem, hittade.get(0).getAnordnare().getOrgnr());
        return utlamnade(vem, hittade, PLATS_INSATS).get(0);
    }

    @Override
    public List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till) {
        vem.kraver(Rattighet.LASA_KUNDER);
        // candidates: started by the end of the period and not closed before it; the exact
        // end after förlängningar is only known once the beslut are loaded
        List<Insats> kandidater = Insatslasning.sok(databas, vem, "i.startdatum <= :till and not exists (select a from Avslut a " //$NON-NLS-1$
                + "where a.insats = i and a.avslutsdatum < :fran)", Map.of("fran", fran, "till", till), PERIODPLAN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // compensation and statistics name no one, so nothing is logged (docs/decisions/0200), but a protected identity stays hidden
        List<Insats> aktiva = kandidater.stream().filter(i -> Insatsperiod.av(i).overlappar(fran, till) || avslutadUnder(i, fran, till)).toList();
        Skyddsmask.maskera(vem, Insatslasning.kunder(aktiva), databas);
        return aktiva;
    }

    /** An avslut reported for a day after the granted end still belongs to its own period. */
    private static boolean avslutadUnder(Insats insats, LocalDate fran, LocalDate till) {
        LocalDate dag = insats.getAvslut() == null ? null : insats.getAvslut().getAvslutsdatum();
        return dag != null && !dag.isBefore(fran) && !dag.isAfter(till);
    }

    @Override
    public List<Insats> arbetslista(Inloggning vem, int manaderTillbaka) {
        return arbetslista(vem, manaderTillbaka, Hamtplan.ALLT);
    }

    @Override
    public List<Insats> arbetslistaForBevakningar(Inloggning vem, int manaderTillbaka) {
        return arbetslista(vem, manaderTillbaka, BEVAKNINGSPLAN);
    }

    private List<Insats> arbetslista(Inloggning vem, int manaderTillbaka, Hamtplan plan) {
        vem.kraver(Rattighet.LASA_KUNDER);
        Map<String, Object> parametrar = new HashMap<>(Map.of("grans", LocalDate.now(klocka).minusMonths(manaderTillbaka))); //$NON-NLS-1$
        String villkor = "not exists (select a from Avslut a where a.insats = i and a.avslutsdatum < :grans)"; //$NON-NLS-1$
        if (vem.roll() == Roll.KARRIARVAGLEDARE) {
            villkor += " and i.kund.ansvarigKarriarvagledare = :kv"; //$NON-NLS-1$
            parametrar.put("kv", vem.anvandarnamn()); //$NON-NLS-1$
        }
        return utlamnade(vem, Insatslasning.sok(databas, vem, villkor, parametrar, plan), "Mina kunder"); //$NON-NLS-1$
    }

    /**
     * Hands the insatser out as the user may see their kunder (protected identities hidden,
     * docs/decisions/0202) after one access-log entry per kund (DOMAIN §12, docs/decisions/0330).
     */
    private List<Insats> utlamnade(Inloggning vem, List<Insats> insatser, String standardplats) {
        List<Kund> kunder = Insatslasning.kunder(insatser);
        atkomst.skriv(vem, Atkomsthandling.LASA, standardplats, kunder);
        Skyddsmask.maskera(vem, kunder, databas);
        return insatser;
    }

    @Override
    public List<Granskningshandelse> historik(Inloggning vem, long insatsId) {
        hamta(vem, insatsId);
        return Granskningslasning.historik(databas, Literals.INSATS.getName(), insatsId);
    }

    @Override
    public List<Insats> medObedomtAvslut(Inloggning vem) {
        vem.kraver(Rattighet.LASA_KUNDER);
        return utlamnade(vem, Insatslasning.sok(databas, vem, "exists (select a from Avslut a where a.insats = i and not exists " //$NON-NLS-1$
                + "(select b from Avslutsbedomning b where b.avslut = a))", Map.of(), PERIODPLAN), "Avslutsk\u00f6"); //$NON-NLS-1$
    }

    @Override
    public Insats spara(Inloggning vem, Insats insats, Granskning granskning) {
        if (!vem.har(Rattighet.REDIGERA_KUNDER) && !vem.har(Rattighet.BEVILJA_INSATS)
                && !vem.har(Rattighet.RAPPORTERA_SOM_ANORDNARE)) {
            throw new AtkomstNekadException(vem, Rattighet.REDIGERA_KUNDER);
        }
        Beslutsratt.kontrollera(vem, insats);
        Atkomst.kontrolleraSparadInsats(vem, databas, insats);
        Diagnostic d = new KundvalDiagnostician().validate(insats);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), granskning.handelse(), granskning.detaljer());
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, insats, revision));
        return insats;
    }
}
