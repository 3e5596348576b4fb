package se.kundval.persistence.internal.orm;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Fills the containments of roots read by a condition with one query per child class that joins
 * the child to its root and applies that same condition, rather than selecting the parents in
 * batches of their ids as {@link Aggregatlager#fyll} does. At 100 000 insatser the batches cost far
 * more than the rows: Hibernate plans and binds a statement of 5 000 parameters per batch, and H2
 * compares every child row with the whole list instead of looking it up; a subquery of the ids
 * instead is built into a sorted set by H2 for every child class (docs/decisions/0475).
 */
public final class Urvalshamtning {

    private final Aggregatlager aggregat;

    public Urvalshamtning(Aggregatlager aggregat) {
        this.aggregat = aggregat;
    }

    /**
     * @param rotter     the roots, all of one class, loaded in this session by {@code villkor}
     * @param rotalias   the alias {@code villkor} gives the root
     * @param villkor    the roots' condition, from {@code where} on
     * @param parametrar the parameters of {@code villkor}
     */
    public void fyll(Session s, List<? extends EObject> rotter, String rotalias, String villkor, Map<String, Object> parametrar,
            Hamtplan plan) {
        if (rotter.isEmpty()) {
            return;
        }
        fyll(s, rotter.get(0).eClass(), rotalias, "", villkor, parametrar, plan, 0); //$NON-NLS-1$
        rotter.forEach(Andringslogg::pa);
    }

    /** @param tillRoten the joins from {@code foralder} up to the root, empty at the root itself */
    private void fyll(Session s, EClass klass, String foralder, String tillRoten, String villkor, Map<String, Object> parametrar,
            Hamtplan plan, int niva) {
        String alias = "c" + niva; //$NON-NLS-1$
        for (EReference innehall : klass.getEAllContainments()) {
            if (!plan.omfattar(innehall)) {
                continue;
            }
            String kedja = " join " + alias + "." + innehall.getEOpposite().getName() + " " + foralder + tillRoten; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (EClass barnklass : aggregat.konkreta(innehall.getEReferenceType())) {
                SelectionQuery<EObject> q = s.createSelectionQuery("select " + alias + " from " + barnklass.getName() + " " + alias //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + kedja + " " + villkor + " order by " + alias + ".id", EObject.class); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                parametrar.forEach(q::setParameter);
                List<EObject> barn = q.getResultList();
                for (EObject b : barn) {
                    Aggregatlager.lagg(innehall, b);
                }
                if (!barn.isEmpty()) {
                    fyll(s, barnklass, alias, kedja, villkor, parametrar, plan, niva + 1);
                    barn.forEach(Andringslogg::pa);
                }
            }
        }
    }
}
