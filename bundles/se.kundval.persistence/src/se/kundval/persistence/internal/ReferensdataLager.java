package se.kundval.persistence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Pris;
import se.kundval.model.regler.KundvalDiagnostician;

/** {@link ReferensdataService} on Hibernate. */
@Component(service = ReferensdataService.class)
public class ReferensdataLager implements ReferensdataService {

    private static final String KALLA = "se.kundval.persistence"; //$NON-NLS-1$

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
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
        return databas.lasa(s -> s.createSelectionQuery("from Pris p join fetch p.insatstyp t order by t.kod, p.giltigFran", //$NON-NLS-1$
                Pris.class).getResultList());
    }

    @Override
    public Optional<Pris> prisPa(String insatstypKod, LocalDate dag) {
        return databas.lasa(s -> s.createSelectionQuery("from Pris p join fetch p.insatstyp t where t.kod = :kod " //$NON-NLS-1$
                + "and p.giltigFran <= :dag order by p.giltigFran desc", Pris.class) //$NON-NLS-1$
                .setParameter("kod", insatstypKod).setParameter("dag", dag).setMaxResults(1) //$NON-NLS-1$ //$NON-NLS-2$
                .getResultList().stream().findFirst());
    }

    /**
     * Refusals are {@link ValideringException}s whose diagnostics name the field they concern
     * (data [pris, feature]): the domain validator's (a required field, a negative amount) and a
     * price from a day that already has one, so that the prislista shows each at its field.
     */
    @Override
    public Pris laggTillPris(Inloggning vem, Pris pris) {
        vem.kraver(Rattighet.ADMINISTRERA_PRISLISTA);
        Diagnostic regler = new KundvalDiagnostician().validate(pris);
        if (regler.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(regler);
        }
        boolean finns = databas.lasa(s -> s.createSelectionQuery(
                "select count(p) from Pris p where p.insatstyp.kod = :kod and p.giltigFran = :fran", Long.class) //$NON-NLS-1$
                .setParameter("kod", pris.getInsatstyp().getKod()).setParameter("fran", pris.getGiltigFran()) //$NON-NLS-1$ //$NON-NLS-2$
                .getSingleResult() > 0);
        if (finns) {
            String meddelande = NLS.bind(Messages.prisFinns, pris.getInsatstyp().getKod(), pris.getGiltigFran());
            BasicDiagnostic fel = new BasicDiagnostic(KALLA, 0, meddelande, new Object[] {pris});
            fel.add(new BasicDiagnostic(Diagnostic.ERROR, KALLA, 0, meddelande, new Object[] {pris, Literals.PRIS__GILTIG_FRAN}));
            throw new ValideringException(fel);
        }
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, pris));
        return pris;
    }
}
