package se.kundval.model.regler;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import se.kundval.model.KundvalPackage;

/** Every attribute and reference the model marks as required (lower bound 1) must have a value. */
final class Obligatoriskt implements Regelrapport.Regel {

    @Override
    public boolean galler(EObject object) {
        return object.eClass().getEPackage() == KundvalPackage.eINSTANCE;
    }

    @Override
    public void kontrollera(EObject object, Regelrapport rapport) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isRequired() && KundvalValidator.saknas(object, attribute)) {
                rapport.fel(attribute, "saknas"); //$NON-NLS-1$
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isRequired() && !reference.isMany() && object.eGet(reference, false) == null) {
                rapport.fel(reference, "saknas"); //$NON-NLS-1$
            }
        }
    }
}
