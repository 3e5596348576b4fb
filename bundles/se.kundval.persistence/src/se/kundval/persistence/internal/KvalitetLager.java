package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Tillsyn;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.persistence.internal.orm.Revision;

/** {@link KvalitetService} on Hibernate: survey answers and invitations are flat rows, a tillsyn an aggregate. */
@Component(service = KvalitetService.class)
public class KvalitetLager implements KvalitetService {

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
    public List<Enkatsvar> enkatsvar(Inloggning vem, int ar) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        return databas.lasa(s -> s.createSelectionQuery("from Enkatsvar e join fetch e.anordnare a where e.ar = :ar " //$NON-NLS-1$
                + "order by a.orgnr, e.respondent, e.id", Enkatsvar.class).setParameter("ar", ar).getResultList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public List<Enkatutskick> enkatutskick(Inloggning vem, int ar) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        return databas.lasa(s -> s.createSelectionQuery("from Enkatutskick u join fetch u.anordnare a where u.ar = :ar " //$NON-NLS-1$
                + "order by a.orgnr", Enkatutskick.class).setParameter("ar", ar).getResultList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void sparaEnkatsvar(Inloggning vem, List<Enkatsvar> svar) {
        vem.kraver(Rattighet.HANTERA_KVALITET);
        svar.forEach(KvalitetLager::validera);
        svar.forEach(KvalitetLager::kontrolleraFraga);
        Revision revision = revision(vem);
        databas.iTillstandslosTransaktion(ss -> svar.forEach(e -> databas.aggregat().spara(ss, e, revision)));
    }

    @Override
    public Enkatutskick sparaEnkatutskick(Inloggning vem, Enkatutskick utskick) {
        vem.kraver(Rattighet.HANTERA_KVALITET);
        validera(utskick);
        if (utskick.getId() == null) {
            // one number per anordnare and year: a new count takes the place of the stored one
            databas.lasa(s -> s.createSelectionQuery("from Enkatutskick u where u.anordnare.id = :a and u.ar = :ar", //$NON-NLS-1$
                    Enkatutskick.class).setParameter("a", utskick.getAnordnare().getId()).setParameter("ar", utskick.getAr()) //$NON-NLS-1$ //$NON-NLS-2$
                    .getResultList()).stream().findFirst().ifPresent(tidigare -> {
                        utskick.setId(tidigare.getId());
                        utskick.setVersion(tidigare.getVersion());
                    });
        }
        Revision revision = revision(vem);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, utskick, revision));
        return utskick;
    }

    @Override
    public List<Tillsyn> tillsyn(Inloggning vem, int ar) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        return databas.lasa(s -> fyll(s, s.createSelectionQuery("from Tillsyn t join fetch t.anordnare a where t.ar = :ar " //$NON-NLS-1$
                + "order by a.namn, a.orgnr", Tillsyn.class).setParameter("ar", ar).getResultList())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Optional<Tillsyn> tillsyn(Inloggning vem, String orgnr, int ar) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        return databas.lasa(s -> fyll(s, s.createSelectionQuery("from Tillsyn t join fetch t.anordnare a " //$NON-NLS-1$
                + "where a.orgnr = :o and t.ar = :ar", Tillsyn.class).setParameter("o", orgnr).setParameter("ar", ar) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .getResultList())).stream().findFirst();
    }

    private List<Tillsyn> fyll(Session s, List<Tillsyn> tillsyn) {
        databas.aggregat().fyll(s, tillsyn, Hamtplan.ALLT);
        return tillsyn;
    }

    @Override
    public Tillsyn sparaTillsyn(Inloggning vem, Tillsyn tillsyn) {
        vem.kraver(Rattighet.HANTERA_KVALITET);
        validera(tillsyn);
        long egetId = tillsyn.getId() == null ? -1 : tillsyn.getId();
        long andra = databas.lasa(s -> s.createSelectionQuery("select count(t) from Tillsyn t where t.anordnare.id = :a " //$NON-NLS-1$
                + "and t.ar = :ar and t.id <> :id", Long.class).setParameter("a", tillsyn.getAnordnare().getId()) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("ar", tillsyn.getAr()).setParameter("id", egetId).getSingleResult()); //$NON-NLS-1$ //$NON-NLS-2$
        if (andra > 0) {
            throw new KundvalException(NLS.bind(Messages.tillsynFinns, tillsyn.getAnordnare().getOrgnr(), tillsyn.getAr()));
        }
        Revision revision = revision(vem);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, tillsyn, revision));
        return tillsyn;
    }

    private Revision revision(Inloggning vem) {
        return new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
    }

    /**
     * Only the kundundersökning's own questions, each in its own area, as the import requires (decision
     * 0411, 0450): the workbench's way in must not let an answer move the NKI of an area no one asked about.
     */
    private static void kontrolleraFraga(Enkatsvar svar) {
        // the area is set: validera has already refused an answer without one
        Optional<Enkatfraga> kand = Enkatfraga.medText(svar.getFraga());
        String fel = null;
        if (kand.isEmpty()) {
            fel = NLS.bind(Messages.okandEnkatfraga, svar.getFraga(),
                    Arrays.stream(Enkatfraga.values()).map(Enkatfraga::text).collect(Collectors.joining("', '"))); //$NON-NLS-1$
        } else if (svar.getOmrade() != kand.get().omrade()) {
            fel = NLS.bind(Messages.enkatfragaIAnnatOmrade,
                    new Object[] {svar.getFraga(), kand.get().omrade().getName(), svar.getOmrade().getName()});
        }
        if (fel != null) {
            throw new ValideringException(new BasicDiagnostic(Diagnostic.ERROR, KvalitetLager.class.getPackageName(), 0, fel, null));
        }
    }

    private static void validera(EObject objekt) {
        Diagnostic d = new KundvalDiagnostician().validate(objekt);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
    }
}
