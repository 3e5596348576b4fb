package se.kundval.persistence.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.regler.KundvalDiagnostician;

/** {@link AnvandareService} on Hibernate, with salted PBKDF2 password hashes. */
@Component(service = AnvandareService.class)
public class AnvandareLager implements AnvandareService {

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
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
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, anvandare));
        return anvandare;
    }
}
