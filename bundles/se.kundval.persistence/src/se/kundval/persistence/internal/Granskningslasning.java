package se.kundval.persistence.internal;

import java.util.List;

import se.kundval.model.Granskningshandelse;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.orm.Hamtplan;

/** Reads an aggregate's audit trail: its entries, oldest first, each with the fields it changed. */
final class Granskningslasning {

    private Granskningslasning() {
    }

    static List<Granskningshandelse> historik(Sessionskalla databas, String objekttyp, long objektId) {
        return databas.lasa(s -> {
            List<Granskningshandelse> handelser = s.createSelectionQuery("from Granskningshandelse h where h.objekttyp = :typ " //$NON-NLS-1$
                    + "and h.objektId = :id order by h.tidpunkt, h.id", Granskningshandelse.class) //$NON-NLS-1$
                    .setParameter("typ", objekttyp).setParameter("id", objektId).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$
            databas.aggregat().fyll(s, handelser, Hamtplan.bara(Literals.GRANSKNINGSHANDELSE__ANDRINGAR));
            return handelser;
        });
    }
}
