package se.kundval.uppfoljning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.core.bevakning.Bevakningsregister;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kund;
import se.kundval.model.tid.Insatsperiod;

/**
 * {@link ArendelistaService}: the user's insatser (running, or ended with something still due),
 * grouped per kund, with the deadlines every installed plugin contributes.
 */
@Component(service = ArendelistaService.class)
public class ArendelistaTjanst implements ArendelistaService {

    /** Effektuppföljning runs until 24 months after the avslut; older insatser have nothing due. */
    private static final int MANADER_TILLBAKA = 25;

    private InsatsService insatser;
    private Bevakningsregister bevakningar;
    private volatile Clock klocka;

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    @Reference
    void setBevakningsregister(Bevakningsregister register) {
        this.bevakningar = register;
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
    public List<Arenderad> arenden(Inloggning vem, Bevakningsgranser granser) {
        LocalDate idag = LocalDate.now(klocka);
        Map<Long, List<Insats>> perKund = new LinkedHashMap<>();
        // it writes one access-log entry per kund ("Mina kunder") before it returns (DOMAIN §12)
        for (Insats insats : insatser.arbetslistaForBevakningar(vem, MANADER_TILLBAKA)) {
            perKund.computeIfAbsent(insats.getKund().getId(), k -> new ArrayList<>()).add(insats);
        }
        List<Arenderad> rader = new ArrayList<>(perKund.size());
        for (List<Insats> kundensInsatser : perKund.values()) {
            Arenderad rad = rad(kundensInsatser, idag, granser);
            // a kund whose insatser have all ended stays only while something is still due (decision 0251)
            if (!rad.bevakningar().isEmpty() || kundensInsatser.stream().anyMatch(i -> pagar(i, idag))) {
                rader.add(rad);
            }
        }
        rader.sort(Comparator.comparing((Arenderad r) -> r.nasta() == null ? LocalDate.MAX : r.nasta().forfaller())
                .thenComparing(Arenderad::namn, Comparator.nullsLast(Comparator.naturalOrder())));
        return rader;
    }

    private Arenderad rad(List<Insats> kundensInsatser, LocalDate idag, Bevakningsgranser granser) {
        List<Bevakning> alla = new ArrayList<>();
        for (Insats insats : kundensInsatser) {
            for (Bevakningskalla kalla : bevakningar.kallor()) {
                alla.addAll(kalla.bevakningar(insats, idag, granser));
            }
        }
        alla.sort(Comparator.comparing(Bevakning::forfaller));
        Insats aktuell = aktuell(kundensInsatser);
        Kund kund = aktuell.getKund();
        LocalDate slut = Insatsperiod.av(aktuell).sistaAktivaDag();
        return new Arenderad(kund.getId(), kund.getKundId(), kund.getNamn(), aktuell.getId(), aktuell.getInsatsId(),
                aktuell.getInsatstyp().getNamn(), aktuell.getAnordnare().getNamn(), slut, ChronoUnit.DAYS.between(idag, slut),
                List.copyOf(alla));
    }

    /** Not ended: neither avslutad nor past its last active day. */
    private static boolean pagar(Insats insats, LocalDate idag) {
        return insats.getStatus() != InsatsStatus.AVSLUTAD && !Insatsperiod.av(insats).sistaAktivaDag().isBefore(idag);
    }

    /** The running insats if there is one, else the latest started. */
    private static Insats aktuell(List<Insats> insatser) {
        return insatser.stream().filter(i -> i.getStatus() != InsatsStatus.AVSLUTAD)
                .max(Comparator.comparing(Insats::getStartdatum))
                .orElseGet(() -> insatser.stream().max(Comparator.comparing(Insats::getStartdatum)).orElseThrow());
    }
}
