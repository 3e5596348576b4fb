package se.kundval.persistence.internal.orm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.hibernate.StatelessSession;

import se.kundval.model.Entitet;
import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.KundvalFactory;

/**
 * Who saves, when, and what the save is (a beslut, a bedömning, or null for a plain change of the
 * aggregate's fields): what {@link Aggregatlager#spara} writes to the audit trail with the fields.
 *
 * @param anvandare the login name
 * @param tidpunkt  from the injected clock
 * @param handelse  a stable code, or null for {@code <TYP>_SKAPAD} / {@code <TYP>_ANDRAD}
 * @param detaljer  readable details for a reviewer, or null
 */
public record Revision(String anvandare, LocalDateTime tidpunkt, String handelse, String detaljer) {

    /**
     * Writes the entry for a saved aggregate in the caller's transaction; a plain change that changed
     * no field is no entry.
     *
     * @return the entry, or null
     */
    Granskningshandelse skriv(StatelessSession ss, EObject rot, boolean nyRot, List<Faltandring> andringar) {
        if (handelse == null && !nyRot && andringar.isEmpty()) {
            return null;
        }
        Granskningshandelse h = KundvalFactory.eINSTANCE.createGranskningshandelse();
        h.setTidpunkt(tidpunkt);
        h.setAnvandare(anvandare);
        String typ = rot.eClass().getName();
        h.setHandelse(handelse != null ? handelse : typ.toUpperCase(Locale.ROOT) + (nyRot ? "_SKAPAD" : "_ANDRAD")); //$NON-NLS-1$ //$NON-NLS-2$
        h.setObjekttyp(typ);
        h.setObjektId(((Entitet) rot).getId());
        h.setDetaljer(detaljer);
        h.getAndringar().addAll(andringar);
        Aggregatlager.tradordning(h).forEach(ss::insert);
        return h;
    }
}
