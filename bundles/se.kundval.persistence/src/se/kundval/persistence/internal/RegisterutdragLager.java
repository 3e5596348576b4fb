package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EClass;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.dataskydd.Registerutdrag;
import se.kundval.core.dataskydd.RegisterutdragService;
import se.kundval.core.dataskydd.Registerutdragsbidrag;
import se.kundval.core.dataskydd.Utdragsdel;
import se.kundval.core.dataskydd.Utdragsperson;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.Hamtplan;

/**
 * {@link RegisterutdragService}: the kund, every insats with all it contains, the enkät answers given
 * under the kund's id or personnummer, the audit trail of the kund and its insatser, and what every
 * {@link Registerutdragsbidrag} service (e.g. an access log) adds, read in one session.
 */
@Component(service = RegisterutdragService.class)
public class RegisterutdragLager implements RegisterutdragService {

    /** The kinds of records inside an insats, in the order a reader meets them. */
    private static final List<EClass> INSATSENS_DELAR = List.of(Literals.INSATS, Literals.BESLUT, Literals.UNDANTAG,
            Literals.AVSLUT, Literals.AVSLUTSBEDOMNING, Literals.GENOMFORANDEPLAN, Literals.PLANMAL, Literals.PLANAKTIVITET,
            Literals.PLANREVISION, Literals.MANADSRAPPORT, Literals.PROGRESSGENOMGANG, Literals.SEXMANADERSUPPFOLJNING,
            Literals.EFFEKTUPPFOLJNING);

    private final List<Registerutdragsbidrag> bidrag = new CopyOnWriteArrayList<>();
    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes. */
    void unsetClock(Clock clock) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "taBortBidrag")
    void laggTillBidrag(Registerutdragsbidrag b) {
        bidrag.add(b);
    }

    void taBortBidrag(Registerutdragsbidrag b) {
        bidrag.remove(b);
    }

    @Override
    public Optional<Registerutdrag> utdrag(Inloggning vem, String personnummer) {
        vem.kraver(Rattighet.GORA_REGISTERUTDRAG);
        String nummer = personnummer == null ? "" : personnummer.strip().replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return databas.lasa(s -> {
            Kund kund = s.createSelectionQuery("from Kund k where k.personnummer = :p", Kund.class) //$NON-NLS-1$
                    .setParameter("p", nummer).getSingleResultOrNull(); //$NON-NLS-1$
            if (kund == null) {
                return Optional.<Registerutdrag>empty();
            }
            List<Insats> insatser = s.createSelectionQuery("from Insats i join fetch i.insatstyp join fetch i.anordnare" //$NON-NLS-1$
                    + " where i.kund = :k order by i.startdatum, i.id", Insats.class).setParameter("k", kund).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$
            databas.aggregat().fyll(s, insatser, Hamtplan.ALLT);
            List<Long> ids = insatser.stream().map(Insats::getId).toList();
            Utdragsdelar delar = new Utdragsdelar();
            INSATSENS_DELAR.forEach(delar::del);
            databas.aggregat().konkreta(Literals.INSATSTYPDATA).forEach(delar::del);
            insatser.forEach(i -> Aggregatlager.tradordning(i).forEach(delar::lagg));
            delar.del(Literals.ENKATSVAR);
            s.createSelectionQuery("from Enkatsvar e where e.respondent in (:id, :p) order by e.ar, e.id", Enkatsvar.class) //$NON-NLS-1$
                    .setParameter("id", kund.getKundId()).setParameter("p", nummer).getResultList().forEach(delar::lagg); //$NON-NLS-1$ //$NON-NLS-2$
            delar.del(Literals.GRANSKNINGSHANDELSE);
            granskning(s, kund, ids).forEach(delar::lagg);
            List<Utdragsdel> alla = new ArrayList<>();
            alla.add(Utdragsdelar.kunduppgifter(kund));
            alla.addAll(delar.delar());
            Utdragsperson person = new Utdragsperson(kund.getId(), kund.getKundId(), nummer, ids);
            bidrag.forEach(b -> alla.addAll(b.delar(vem, person)));
            return Optional.of(new Registerutdrag(nummer, LocalDateTime.now(klocka).withNano(0), vem.anvandarnamn(), alla));
        });
    }

    private static List<Granskningshandelse> granskning(Session s, Kund kund, List<Long> insatser) {
        return s.createSelectionQuery("from Granskningshandelse h where (h.objekttyp = :kund and h.objektId = :kundId)" //$NON-NLS-1$
                + " or (h.objekttyp = :insats and h.objektId in (:insatser)) order by h.tidpunkt, h.id", Granskningshandelse.class) //$NON-NLS-1$
                .setParameter("kund", Literals.KUND.getName()).setParameter("kundId", kund.getId()) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("insats", Literals.INSATS.getName()) //$NON-NLS-1$
                .setParameterList("insatser", insatser.isEmpty() ? List.of(-1L) : insatser).getResultList(); //$NON-NLS-1$
    }
}
