package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Entitet;

/**
 * Compares two aggregates field by field through their whole containment tree; references
 * outside the tree are compared by id (they are other aggregates, loaded to other depths).
 */
final class Likhet extends EcoreUtil.EqualityHelper {

    private static final long serialVersionUID = 1L;

    static void assertLika(EObject vantat, EObject faktiskt) {
        assertTrue(new Likhet().equals(vantat, faktiskt),
                () -> "aggregates differ:\n expected " + EcoreUtil.getIdentification(vantat) + "\n actual   " + faktiskt);
    }

    @Override
    protected boolean haveEqualReference(EObject a, EObject b, EReference referens) {
        if (referens.isContainment()) {
            return super.haveEqualReference(a, b, referens);
        }
        if (referens.isContainer()) {
            return true;
        }
        Object x = a.eGet(referens);
        Object y = b.eGet(referens);
        if (x == null || y == null) {
            return x == y;
        }
        return java.util.Objects.equals(((Entitet) x).getId(), ((Entitet) y).getId());
    }
}
