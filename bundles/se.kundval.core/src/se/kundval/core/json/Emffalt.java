package se.kundval.core.json;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What writer and reader agree on: the keys of an EObject in JSON and which features travel. */
final class Emffalt {

    static final String TYP = "@typ"; //$NON-NLS-1$
    static final String ID = "@id"; //$NON-NLS-1$
    static final String REF = "@ref"; //$NON-NLS-1$
    private static final char SKILJE = '#';

    private Emffalt() {
    }

    /** {@code http://kundval.se/model/1.0#Insats}: the package's nsURI and the class's name. */
    static String typ(EClass klass) {
        return klass.getEPackage().getNsURI() + SKILJE + klass.getName();
    }

    /** The nsURI of {@link #typ}, or null when the text has no class name after a #. */
    static String paket(String typ) {
        int i = typ.lastIndexOf(SKILJE);
        return i > 0 && i < typ.length() - 1 ? typ.substring(0, i) : null;
    }

    static String klassnamn(String typ) {
        return typ.substring(typ.lastIndexOf(SKILJE) + 1);
    }

    /**
     * The features that are written and read: everything stored. Derived and transient ones are
     * computed or not kept, and the container is set by the containment that holds the object.
     */
    static List<EStructuralFeature> resande(EClass klass) {
        return klass.getEAllStructuralFeatures().stream().filter(Emffalt::reser).toList();
    }

    static boolean reser(EStructuralFeature falt) {
        return !falt.isDerived() && !falt.isTransient() && !falt.isVolatile()
                && !(falt instanceof EReference r && r.isContainer());
    }
}
