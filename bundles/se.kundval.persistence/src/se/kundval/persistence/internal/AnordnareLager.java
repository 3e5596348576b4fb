package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.model.Anordnare;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.persistence.internal.orm.Revision;

/** {@link AnordnareService} on Hibernate. The register is public to every role; only administrators change it. */
@Component(service = AnordnareService.class)
public class AnordnareLager implements AnordnareService {

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
    public List<Anordnare> alla(Inloggning vem) {
        return databas.lasa(s -> {
            List<Anordnare> alla = s.createSelectionQuery("from Anordnare a order by a.namn, a.id", Anordnare.class).getResultList(); //$NON-NLS-1$
            databas.aggregat().fyll(s, alla, Hamtplan.ALLT);
            return alla;
        });
    }

    @Override
    public Optional<Anordnare> hamtaMedOrgnr(Inloggning vem, String orgnr) {
        return databas.lasa(s -> {
            List<Anordnare> hittade = s.createSelectionQuery("from Anordnare a where a.orgnr = :o", Anordnare.class) //$NON-NLS-1$
                    .setParameter("o", orgnr).getResultList(); //$NON-NLS-1$
            databas.aggregat().fyll(s, hittade, Hamtplan.ALLT);
            return hittade.stream().findFirst();
        });
    }

    @Override
    public Anordnare spara(Inloggning vem, Anordnare anordnare) {
        vem.kraver(Rattighet.ADMINISTRERA_ANORDNARE);
        Diagnostic d = new KundvalDiagnostician().validate(anordnare);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, anordnare, revision));
        return anordnare;
    }

    @Override
    public Map<String, LocalDate> senasteInsatsstart(Inloggning vem) {
        vem.kraver(Rattighet.ADMINISTRERA_ANORDNARE);
        return databas.lasa(s -> {
            Map<String, LocalDate> senaste = new LinkedHashMap<>();
            s.createSelectionQuery("select i.anordnare.orgnr, max(i.startdatum) from Insats i group by i.anordnare.orgnr", //$NON-NLS-1$
                    Object[].class).getResultList().forEach(rad -> senaste.put((String) rad[0], (LocalDate) rad[1]));
            return senaste;
        });
    }
}
