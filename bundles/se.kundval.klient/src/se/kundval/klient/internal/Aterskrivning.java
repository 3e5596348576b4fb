package se.kundval.klient.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Keeps the embedded services' in-place contract across the wire: an embedded save writes the new id
 * and version (and whatever the service set) into the very object the caller passed, and callers such
 * as the Kund editor go on with that object. The server's answer is a copy, so its state is written
 * back into the caller's object graph: attributes object by object along the containment tree, kept
 * objects kept (the editor's widgets hold them), children the server added or removed replaced.
 * References to other aggregates are left as they were: they are not what the save changed.
 */
final class Aterskrivning {

    private Aterskrivning() {
    }

    /** Writes {@code svar} back into {@code argument} when it is the same object saved (same class, same or no id yet). */
    static void omSammaObjekt(Object argument, Object svar) {
        if (argument instanceof EObject mal && svar instanceof EObject kalla && mal != kalla && mal.eClass() == kalla.eClass()
                && sammaEllerNytt(mal, kalla)) {
            skriv(kalla, mal);
        }
    }

    private static boolean sammaEllerNytt(EObject mal, EObject kalla) {
        EAttribute id = id(mal);
        return id == null || mal.eGet(id) == null || Objects.equals(mal.eGet(id), kalla.eGet(id));
    }

    private static EAttribute id(EObject o) {
        return o.eClass().getEAllAttributes().stream().filter(a -> "id".equals(a.getName())).findFirst().orElse(null); //$NON-NLS-1$
    }

    private static void skriv(EObject kalla, EObject mal) {
        for (EAttribute a : mal.eClass().getEAllAttributes()) {
            if (a.isChangeable() && !a.isDerived() && !a.isTransient() && !Objects.equals(mal.eGet(a), kalla.eGet(a))) {
                mal.eSet(a, kalla.eGet(a));
            }
        }
        for (EReference r : mal.eClass().getEAllContainments()) {
            if (!r.isChangeable() || r.isDerived()) {
                continue;
            }
            if (r.isMany()) {
                skrivLista(lista(kalla, r), lista(mal, r));
            } else {
                EObject k = (EObject) kalla.eGet(r);
                EObject m = (EObject) mal.eGet(r);
                if (k != null && m != null && k.eClass() == m.eClass()) {
                    skriv(k, m);
                } else if (k != m) {
                    mal.eSet(r, k == null ? null : EcoreUtil.copy(k));
                }
            }
        }
    }

    private static void skrivLista(List<EObject> kalla, EList<EObject> mal) {
        boolean parvis = kalla.size() == mal.size();
        for (int i = 0; parvis && i < kalla.size(); i++) {
            parvis = kalla.get(i).eClass() == mal.get(i).eClass();
        }
        if (parvis) {
            for (int i = 0; i < kalla.size(); i++) {
                skriv(kalla.get(i), mal.get(i));
            }
        } else {
            mal.clear();
            mal.addAll(EcoreUtil.copyAll(kalla));
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> lista(EObject o, EReference r) {
        return (EList<EObject>) o.eGet(r);
    }
}
