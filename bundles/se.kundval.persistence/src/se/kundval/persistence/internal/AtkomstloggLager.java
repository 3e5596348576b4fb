package se.kundval.persistence.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.Tid;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Logggranskning;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.model.Kund;

/**
 * {@link AtkomstloggService} on the database: searches and selections as SQL over the entries'
 * flags, reviews as rows of their own. Nothing here updates or deletes a row.
 */
@Component(service = AtkomstloggService.class)
public class AtkomstloggLager implements AtkomstloggService {

    private static final int LANGSTA_KOMMENTAR = 4000;

    private Sessionskalla databas;
    private Atkomstskrivning skrivning;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setAtkomstskrivning(Atkomstskrivning atkomstskrivning) {
        this.skrivning = atkomstskrivning;
    }

    /** Dynamic and greedy, as in {@link KundLager}. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    void unsetClock(Clock clock) {
    }

    @Override
    public void logga(Inloggning vem, Atkomsthandling handling, Collection<Kund> kunder) {
        vem.kraver(Rattighet.LASA_KUNDER);
        skrivning.skriv(vem, handling, handling.name(), List.copyOf(kunder));
    }

    @Override
    public List<Atkomstpost> sok(Inloggning vem, Loggfraga fraga) {
        vem.kraver(Rattighet.GRANSKA_ATKOMSTLOGG);
        Map<String, Object> parametrar = new HashMap<>();
        String dar = Loggsql.villkor(fraga, parametrar);
        return databas.lasa(s -> {
            var q = s.createNativeQuery(Loggsql.URVAL + dar + " order by l.tid, l.id", Object[].class); //$NON-NLS-1$
            parametrar.forEach(q::setParameter);
            return q.getResultList().stream().map(Loggsql::post).toList();
        });
    }

    @Override
    public List<Atkomstpost> stickprov(Inloggning vem, Loggfraga fraga, int antal) {
        List<Atkomstpost> alla = sok(vem, fraga);
        if (antal >= alla.size()) {
            return alla;
        }
        // a partial Fisher–Yates shuffle: each entry equally likely, in one pass over the first antal
        List<Atkomstpost> blandade = new ArrayList<>(alla);
        Random slump = new Random();
        for (int i = 0; i < antal; i++) {
            int j = i + slump.nextInt(blandade.size() - i);
            Atkomstpost p = blandade.get(i);
            blandade.set(i, blandade.get(j));
            blandade.set(j, p);
        }
        List<Atkomstpost> urval = new ArrayList<>(blandade.subList(0, antal));
        urval.sort((a, b) -> Long.compare(a.id(), b.id()));
        return urval;
    }

    @Override
    public Logggranskning markeraGranskad(Inloggning vem, long postId, String kommentar) {
        vem.kraver(Rattighet.GRANSKA_ATKOMSTLOGG);
        String text = kommentar == null ? "" : kommentar.strip(); //$NON-NLS-1$
        if (text.isEmpty() || text.length() > LANGSTA_KOMMENTAR) {
            throw new KundvalException(NLS.bind(Messages.granskningskommentar, LANGSTA_KOMMENTAR));
        }
        LocalDateTime nu = LocalDateTime.now(klocka.withZone(Tid.STOCKHOLM));
        return databas.iTransaktion(s -> {
            Long finns = s.createNativeQuery("select count(*) from atkomstlogg where id = :id", Long.class) //$NON-NLS-1$
                    .setParameter("id", postId).getSingleResult(); //$NON-NLS-1$
            if (finns.longValue() == 0) {
                throw new KundvalException(NLS.bind(Messages.loggpostFinnsInte, postId));
            }
            s.createNativeMutationQuery("insert into atkomstgranskning (post_id, granskare, tid, kommentar) " //$NON-NLS-1$
                    + "values (:p, :g, :t, :k)").setParameter("p", postId).setParameter("g", vem.anvandarnamn()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .setParameter("t", Timestamp.valueOf(nu)).setParameter("k", text).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
            return new Logggranskning(postId, vem.anvandarnamn(), nu, text);
        });
    }
}
