package se.kundval.persistence.internal.orm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Records which objects of a loaded tree had a stored field changed, so a save updates only those
 * (and can refuse changes to append-only objects). Travels with the detached tree to the UI.
 */
public final class Andringslogg extends EContentAdapter {

    private final Set<EObject> andrade = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The log already on the tree, or a new one attached to it. */
    public static Andringslogg pa(EObject rot) {
        for (Object adapter : rot.eAdapters()) {
            if (adapter instanceof Andringslogg logg) {
                return logg;
            }
        }
        Andringslogg logg = new Andringslogg();
        rot.eAdapters().add(logg);
        return logg;
    }

    /** The log on the tree, or null when the tree was not loaded by a repository (then everything is saved). */
    public static Andringslogg finns(EObject rot) {
        for (Object adapter : rot.eAdapters()) {
            if (adapter instanceof Andringslogg logg) {
                return logg;
            }
        }
        return null;
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (!n.isTouch() && n.getNotifier() instanceof EObject o && n.getFeature() instanceof EStructuralFeature f
                && !f.isMany() && !f.isTransient()) {
            andrade.add(o);
        }
    }

    public boolean andrad(EObject o) {
        return andrade.contains(o);
    }

    void nollstall() {
        andrade.clear();
    }
}
