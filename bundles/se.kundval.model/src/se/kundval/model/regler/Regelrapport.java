package se.kundval.model.regler;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the violations one object's rules find; a rule reports through it and never throws. */
public final class Regelrapport {

    private final EObject object;
    private final DiagnosticChain diagnostics;
    private boolean ok = true;

    Regelrapport(EObject object, DiagnosticChain diagnostics) {
        this.object = object;
        this.diagnostics = diagnostics;
    }

    /** An error on a field; the message key is looked up in messages.properties with the arguments. */
    void fel(EStructuralFeature feature, String nyckel, Object... argument) {
        rapportera(Diagnostic.ERROR, feature, nyckel, argument);
    }

    void varning(EStructuralFeature feature, String nyckel, Object... argument) {
        rapportera(Diagnostic.WARNING, feature, nyckel, argument);
    }

    private void rapportera(int severity, EStructuralFeature feature, String nyckel, Object... argument) {
        if (severity == Diagnostic.ERROR) {
            ok = false;
        }
        if (diagnostics != null) {
            String falt = feature == null ? "" : Meddelanden.falt(feature); //$NON-NLS-1$
            diagnostics.add(KundvalValidator.fel(severity, object, feature, Meddelanden.format(nyckel, falt, argument)));
        }
    }

    boolean ok() {
        return ok;
    }

    /** One kind of rule set; {@link #galler} tells whether it has something to say about an object. */
    interface Regel {
        boolean galler(EObject object);

        void kontrollera(EObject object, Regelrapport rapport);
    }

    /** The rule sets in the order they run. */
    record Regler(List<Regel> alla) {
        Regler(Regel... regler) {
            this(List.of(regler));
        }

        void kontrollera(EObject object, Regelrapport rapport) {
            for (Regel regel : alla) {
                if (regel.galler(object)) {
                    regel.kontrollera(object, rapport);
                }
            }
        }
    }
}
