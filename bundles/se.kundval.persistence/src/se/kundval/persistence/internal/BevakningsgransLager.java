package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
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
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.tjanst.BevakningsgransService;

/**
 * {@link BevakningsgransService} on the table {@code bevakningsgrans} (V061): one row per limit, with
 * who changed it last and when. A plain name–value table, not a model entity: the limits are settings
 * of the installation, not part of any kund's aggregate.
 */
@Component(service = BevakningsgransService.class)
public class BevakningsgransLager implements BevakningsgransService {

    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
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
    public Bevakningsgranser granser(Inloggning vem) {
        return databas.lasa(s -> {
            Map<String, Integer> dagar = new HashMap<>();
            List<Object[]> rader = s.createNativeQuery("select namn, dagar from bevakningsgrans", Object[].class) //$NON-NLS-1$
                    .getResultList();
            for (Object[] rad : rader) {
                dagar.put((String) rad[0], ((Number) rad[1]).intValue());
            }
            return new Bevakningsgranser(dagar);
        });
    }

    @Override
    public Bevakningsgranser spara(Inloggning vem, Map<String, Integer> dagar) {
        vem.kraver(Rattighet.ADMINISTRERA_BEVAKNINGAR);
        dagar.forEach((namn, varde) -> {
            if (varde == null || varde < 0) {
                throw new KundvalException(NLS.bind(Messages.gransNegativ, namn, varde));
            }
        });
        LocalDateTime nu = LocalDateTime.now(klocka);
        databas.iTransaktion(s -> {
            dagar.forEach((namn, varde) -> {
                int andrade = s.createNativeMutationQuery(
                        "update bevakningsgrans set dagar = :d, andrad_av = :v, andrad = :t where namn = :n") //$NON-NLS-1$
                        .setParameter("d", varde).setParameter("v", vem.anvandarnamn()).setParameter("t", nu) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .setParameter("n", namn).executeUpdate(); //$NON-NLS-1$
                if (andrade == 0) {
                    s.createNativeMutationQuery(
                            "insert into bevakningsgrans (namn, dagar, andrad_av, andrad) values (:n, :d, :v, :t)") //$NON-NLS-1$
                            .setParameter("n", namn).setParameter("d", varde).setParameter("v", vem.anvandarnamn()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .setParameter("t", nu).executeUpdate(); //$NON-NLS-1$
                }
            });
            return null;
        });
        return granser(vem);
    }
}
