package se.kundval.persistence.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Pris;
import se.kundval.model.regler.Personnummer;
import se.kundval.persistence.internal.orm.Hamtplan;

/**
 * {@link Exportlager} on Hibernate: one read-only session, one query per table. Referenced rows
 * (types, kunder, anordnare) are read before the rows that refer to them, so that the eager
 * references resolve from the session instead of one query each. The anonymous statistics a
 * gallring leaves are no personakter and are not exported (docs/decisions/0210-gallring.md).
 */
@Component(service = Exportlager.class)
public class Exportlasning implements Exportlager {

    /** What the interchange files hold of an insats. */
    static final Hamtplan UTBYTESPLAN = Hamtplan.bara(Literals.INSATS__BESLUT, Literals.INSATS__AVSLUT,
            Literals.AVSLUT__BEDOMNINGAR, Literals.INSATS__MANADSRAPPORTER, Literals.INSATS__TYPDATA);

    private Sessionskalla databas;
    private Atkomstskrivning atkomst;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setAtkomstskrivning(Atkomstskrivning atkomstskrivning) {
        this.atkomst = atkomstskrivning;
    }

    @Override
    public Innehall lasAllt(Inloggning vem) {
        vem.kraver(Rattighet.EXPORTERA);
        Innehall innehall = databas.lasa(s -> {
            s.setDefaultReadOnly(true);
            s.createSelectionQuery("from Insatstyp t", Insatstyp.class).getResultList(); //$NON-NLS-1$
            // the prislista in force: a proposal or a withdrawn or corrected row is no price to import again
            List<Pris> priser = Prisurval.iKraft(s.createSelectionQuery("from Pris p order by p.id", Pris.class).getResultList()); //$NON-NLS-1$
            List<Anordnare> anordnare = s.createSelectionQuery("from Anordnare a order by a.id", Anordnare.class).getResultList(); //$NON-NLS-1$
            databas.aggregat().fyllHela(s, anordnare, Hamtplan.bara(Literals.ANORDNARE__AUKTORISATIONER));
            List<Kund> kunder = s.createSelectionQuery("from Kund k where k.personnummer is not null order by k.id", Kund.class).getResultList(); //$NON-NLS-1$
            List<Insats> insatser = s.createSelectionQuery("from Insats i where i.kund.personnummer is not null order by i.id", Insats.class).getResultList(); //$NON-NLS-1$
            databas.aggregat().fyllHela(s, insatser, UTBYTESPLAN);
            List<Enkatsvar> svar = s.createSelectionQuery("from Enkatsvar e order by e.id", Enkatsvar.class).getResultList(); //$NON-NLS-1$
            List<Enkatutskick> utskick = s.createSelectionQuery("from Enkatutskick e order by e.id", Enkatutskick.class) //$NON-NLS-1$
                    .getResultList();
            return new Innehall(anordnare, kunder, insatser, svar, utskick, priser);
        });
        // every kund exported is an access (DOMAIN §12), logged before anything leaves the service
        atkomst.skriv(vem, Atkomsthandling.EXPORTERA, "Export", innehall.kunder()); //$NON-NLS-1$
        for (Kund k : innehall.kunder()) {
            if (k.isSkyddad()) {
                Skyddsmask.dolj(k);
            } else if (!vem.har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER)) {
                k.setPersonnummer(Personnummer.maskerat(k.getPersonnummer()));
            }
        }
        return innehall;
    }
}
