package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.persistence.internal.orm.Revision;

/** {@link AnvandareService} on Hibernate, with salted PBKDF2 password hashes. */
@Component(service = AnvandareService.class)
public class AnvandareLager implements AnvandareService {

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
    public Optional<Inloggning> loggaIn(String anvandarnamn, char[] losenord) {
        Anvandare anvandare = databas.lasa(s -> s.createSelectionQuery("from Anvandare a where a.anvandarnamn = :n", //$NON-NLS-1$
                Anvandare.class).setParameter("n", anvandarnamn).getSingleResultOrNull()); //$NON-NLS-1$
        if (anvandare == null || !anvandare.isAktiv() || !Losenord.stammer(losenord, anvandare.getLosenordHash())) {
            return Optional.empty();
        }
        return Optional.of(new Inloggning(anvandare.getAnvandarnamn(), anvandare.getNamn(), anvandare.getRoll(), anvandare.getOrgnr()));
    }

    @Override
    public List<Anvandare> alla(Inloggning vem) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        return databas.lasa(s -> s.createSelectionQuery("from Anvandare a order by a.anvandarnamn", Anvandare.class).getResultList()); //$NON-NLS-1$
    }

    @Override
    public Anvandare spara(Inloggning vem, Anvandare anvandare, char[] nyttLosenord) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        if (nyttLosenord != null) {
            anvandare.setLosenordHash(Losenord.hash(nyttLosenord));
        }
        Diagnostic d = new KundvalDiagnostician().validate(anvandare);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, anvandare, revision));
        return anvandare;
    }
}
