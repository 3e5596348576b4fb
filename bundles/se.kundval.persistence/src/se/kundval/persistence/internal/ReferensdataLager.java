package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.ersattning.Prisregel;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.persistence.internal.orm.Revision;

/**
 * {@link ReferensdataService} on Hibernate. A price takes effect only when a second administratör
 * has approved it (four-eyes, DOMAIN §12, decision 0221); every step is a save with its audit entry,
 * and no row is ever changed in amount or date: a correction is a new row.
 */
@Component(service = ReferensdataService.class)
public class ReferensdataLager implements ReferensdataService {

    private static final String KALLA = "se.kundval.persistence"; //$NON-NLS-1$

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
    public List<Kundval> kundval() {
        return databas.lasa(s -> s.createSelectionQuery("from Kundval k order by k.kod", Kundval.class).getResultList()); //$NON-NLS-1$
    }

    @Override
    public List<Insatstyp> insatstyper() {
        return databas.lasa(s -> s.createSelectionQuery("from Insatstyp t order by t.kod", Insatstyp.class).getResultList()); //$NON-NLS-1$
    }

    @Override
    public Optional<Insatstyp> insatstyp(String kod) {
        return databas.lasa(s -> s.createSelectionQuery("from Insatstyp t where t.kod = :kod", Insatstyp.class) //$NON-NLS-1$
                .setParameter("kod", kod).getResultList().stream().findFirst()); //$NON-NLS-1$
    }

    @Override
    public List<Pris> priser() {
        return Prisurval.iKraft(databas.lasa(s -> s.createSelectionQuery("from Pris p join fetch p.insatstyp t " //$NON-NLS-1$
                + "where p.status = :godkand", Pris.class).setParameter("godkand", Prisstatus.GODKAND).getResultList())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Optional<Pris> prisPa(String insatstypKod, LocalDate dag) {
        return priser().stream().filter(p -> p.getInsatstyp().getKod().equals(insatstypKod) && !p.getGiltigFran().isAfter(dag))
                .max(Comparator.comparing(Pris::getGiltigFran));
    }

    @Override
    public List<Pris> prislista(Inloggning vem) {
        return databas.lasa(s -> s.createSelectionQuery("from Pris p join fetch p.insatstyp t order by t.kod, p.giltigFran, p.id", //$NON-NLS-1$
                Pris.class).getResultList());
    }

    /**
     * Refusals are {@link ValideringException}s whose diagnostics name the field they concern
     * (data [pris, feature]): the domain validator's (a required field, a negative amount), a day
     * in a past month whose price it would change, and a day that already has a proposal waiting,
     * so that the prislista shows each at its field.
     */
    @Override
    public Pris foreslaPris(Inloggning vem, Pris pris) {
        vem.kraver(Rattighet.ADMINISTRERA_PRISLISTA);
        if (pris.getId() != null) {
            throw new KundvalException(Messages.prisRattasMedNyRad);
        }
        Diagnostic regler = new KundvalDiagnostician().validate(pris);
        if (regler.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(regler);
        }
        String kod = pris.getInsatstyp().getKod();
        if (forfluten(pris)) {
            throw felPaDatum(pris, NLS.bind(Messages.prisForfluten, new Object[] {kod, pris.getGiltigFran(), forstaDagen()}));
        }
        boolean vantar = databas.lasa(s -> s.createSelectionQuery("select count(p) from Pris p where p.insatstyp.kod = :kod " //$NON-NLS-1$
                + "and p.giltigFran = :fran and p.status = :foreslagen", Long.class) //$NON-NLS-1$
                .setParameter("kod", kod).setParameter("fran", pris.getGiltigFran()) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("foreslagen", Prisstatus.FORESLAGEN).getSingleResult() > 0); //$NON-NLS-1$
        if (vantar) {
            throw felPaDatum(pris, NLS.bind(Messages.prisFinns, kod, pris.getGiltigFran()));
        }
        pris.setStatus(Prisstatus.FORESLAGEN);
        pris.setForeslagenAv(vem.anvandarnamn());
        pris.setForeslagenTid(LocalDateTime.now(klocka));
        spara(pris, revision(vem, pris.getForeslagenTid(), "PRIS_FORESLAGET")); //$NON-NLS-1$
        return pris;
    }

    @Override
    public Pris godkannPris(Inloggning vem, long prisId) {
        vem.kraver(Rattighet.ADMINISTRERA_PRISLISTA);
        Pris pris = hamtaPris(prisId);
        if (pris.getStatus() != Prisstatus.FORESLAGEN) {
            throw new KundvalException(NLS.bind(Messages.prisInteForslag, pris.getInsatstyp().getNamn(), pris.getGiltigFran()));
        }
        if (vem.anvandarnamn().equals(pris.getForeslagenAv())) {
            throw new KundvalException(NLS.bind(Messages.prisEgetForslag, pris.getInsatstyp().getNamn(), pris.getGiltigFran()));
        }
        if (forfluten(pris)) {
            throw new KundvalException(NLS.bind(Messages.prisForfluten,
                    new Object[] {pris.getInsatstyp().getKod(), pris.getGiltigFran(), forstaDagen()}));
        }
        pris.setStatus(Prisstatus.GODKAND);
        pris.setGodkandAv(vem.anvandarnamn());
        pris.setGodkandTid(LocalDateTime.now(klocka));
        spara(pris, revision(vem, pris.getGodkandTid(), "PRIS_GODKANT")); //$NON-NLS-1$
        return pris;
    }

    @Override
    public Pris aterkallaPris(Inloggning vem, long prisId) {
        vem.kraver(Rattighet.ADMINISTRERA_PRISLISTA);
        Pris pris = hamtaPris(prisId);
        boolean iKraft = pris.getStatus() == Prisstatus.GODKAND && !pris.getGiltigFran().isAfter(LocalDate.now(klocka));
        if (pris.getStatus() == Prisstatus.ATERKALLAD || iKraft) {
            throw new KundvalException(NLS.bind(Messages.prisKanInteAterkallas, pris.getInsatstyp().getNamn(), pris.getGiltigFran()));
        }
        pris.setStatus(Prisstatus.ATERKALLAD);
        pris.setAterkalladAv(vem.anvandarnamn());
        pris.setAterkalladTid(LocalDateTime.now(klocka));
        spara(pris, revision(vem, pris.getAterkalladTid(), "PRIS_ATERKALLAT")); //$NON-NLS-1$
        return pris;
    }

    private boolean forfluten(Pris pris) {
        return Prisregel.andrarForfluten(priser(), pris.getInsatstyp().getKod(), pris.getGiltigFran(), pris.getCheckbelopp(),
                pris.getBonus(), LocalDate.now(klocka));
    }

    private LocalDate forstaDagen() {
        return LocalDate.now(klocka).withDayOfMonth(1);
    }

    private Pris hamtaPris(long prisId) {
        Pris pris = databas.lasa(s -> s.createSelectionQuery("from Pris p join fetch p.insatstyp where p.id = :id", Pris.class) //$NON-NLS-1$
                .setParameter("id", prisId).getSingleResultOrNull()); //$NON-NLS-1$
        if (pris == null) {
            throw new KundvalException(NLS.bind(Messages.finnsInte, "Pris", prisId)); //$NON-NLS-1$
        }
        return pris;
    }

    private void spara(Pris pris, Revision revision) {
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, pris, revision));
    }

    private static Revision revision(Inloggning vem, LocalDateTime nu, String handelse) {
        return new Revision(vem.anvandarnamn(), nu, handelse, null);
    }

    private static ValideringException felPaDatum(Pris pris, String meddelande) {
        BasicDiagnostic fel = new BasicDiagnostic(KALLA, 0, meddelande, new Object[] {pris});
        fel.add(new BasicDiagnostic(Diagnostic.ERROR, KALLA, 0, meddelande, new Object[] {pris, Literals.PRIS__GILTIG_FRAN}));
        return new ValideringException(fel);
    }
}
