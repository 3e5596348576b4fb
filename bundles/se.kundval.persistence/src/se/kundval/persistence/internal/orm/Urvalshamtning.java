package se.kundval.persistence.internal.orm;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Fills the containments of roots read by a condition with one query per child class that finds
 * the parents by that same condition, rather than in batches of their ids as
 * {@link Aggregatlager#fyll} does. At 100 000 insatser the batches cost far more than the rows:
 * Hibernate plans and binds a statement of 5 000 parameters per batch, and H2 compares every child
 * row with the whole list instead of looking it up (docs/decisions/0475).
 */
public final class Urvalshamtning {

    private final Aggregatlager aggregat;

    public Urvalshamtning(Aggregatlager aggregat) {
        this.aggregat = aggregat;
    }

    /**
     * @param rotter     the roots, all of one class, loaded in this session by {@code urval}'s condition
     * @param urval      an HQL query of the roots' ids, e.g. {@code select i.id from Insats i where ...}
     * @param parametrar the parameters of {@code urval}
     */
    public void fyll(Session s, List<? extends EObject> rotter, String urval, Map<String, Object> parametrar, Hamtplan plan) {
        if (rotter.isEmpty()) {
            return;
        }
        fyll(s, rotter.get(0).eClass(), urval, parametrar, plan, 0);
        rotter.forEach(Andringslogg::pa);
    }

    private void fyll(Session s, EClass klass, String urval, Map<String, Object> parametrar, Hamtplan plan, int niva) {
        String alias = "c" + niva; //$NON-NLS-1$
        for (EReference innehall : klass.getEAllContainments()) {
            if (!plan.omfattar(innehall)) {
                continue;
            }
            for (EClass barnklass : aggregat.konkreta(innehall.getEReferenceType())) {
                String barnen = " from " + barnklass.getName() + " " + alias + " where " + alias + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + innehall.getEOpposite().getName() + ".id in (" + urval + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                SelectionQuery<EObject> q = s.createSelectionQuery(barnen + " order by " + alias + ".id", EObject.class); //$NON-NLS-1$ //$NON-NLS-2$
                parametrar.forEach(q::setParameter);
                List<EObject> barn = q.getResultList();
                for (EObject b : barn) {
                    Aggregatlager.lagg(innehall, b);
                }
                if (!barn.isEmpty()) {
                    fyll(s, barnklass, "select " + alias + ".id" + barnen, parametrar, plan, niva + 1); //$NON-NLS-1$ //$NON-NLS-2$
                    barn.forEach(Andringslogg::pa);
                }
            }
        }
    }
}
