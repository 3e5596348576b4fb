package se.kundval.model.regler;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import se.kundval.model.KundvalPackage;

/**
 * The domain invariants of the Kundval model as an {@link org.eclipse.emf.ecore.EValidator}. The
 * rules live in small classes per entity; this class only dispatches and reports. Hand-written
 * rather than generated from ecore constraint annotations so that every violation carries a
 * Swedish message naming the field (see docs/decisions/0003-validering.md).
 */
public class KundvalValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "se.kundval.model"; //$NON-NLS-1$

    private final Regelrapport.Regler regler = new Regelrapport.Regler(
            new Obligatoriskt(), new KundRegler(), new AnordnareRegler(), new InsatsRegler(), new OvrigaRegler());

    @Override
    protected EPackage getEPackage() {
        return KundvalPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Regelrapport rapport = new Regelrapport(object, diagnostics);
        regler.kontrollera(object, rapport);
        return rapport.ok();
    }

    /** A Diagnostic for one field, with the object and the feature as data so a UI can mark the field. */
    static Diagnostic fel(int severity, EObject object, EStructuralFeature feature, String message) {
        Object[] data = feature == null ? new Object[] {object} : new Object[] {object, feature};
        return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, message, data);
    }

    static boolean saknas(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return value == null || value instanceof String s && s.isBlank();
    }
}
