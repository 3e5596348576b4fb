package se.kundval.model.regler;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import se.kundval.model.Entitet;
import se.kundval.model.KundvalPackage;

/**
 * A {@link Diagnostician} that validates Kundval objects with {@link KundvalValidator}. It keeps its
 * own validator registry, delegating to EMF's global one for plugin packages, so nothing global is
 * mutated and every caller gets the same rules.
 */
public class KundvalDiagnostician extends Diagnostician {

    public KundvalDiagnostician() {
        super(registry());
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(KundvalPackage.eINSTANCE, new KundvalValidator());
        return registry;
    }

    @Override
    public String getObjectLabel(EObject object) {
        String klass = Meddelanden.klass(object.eClass().getName());
        if (object instanceof Entitet entitet && entitet.getId() != null) {
            return klass + ' ' + entitet.getId();
        }
        return klass;
    }

    @Override
    public Map<Object, Object> createDefaultContext() {
        Map<Object, Object> context = super.createDefaultContext();
        context.put(EValidator.SubstitutionLabelProvider.class, this);
        return context;
    }
}
