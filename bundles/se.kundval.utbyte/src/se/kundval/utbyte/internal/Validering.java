package se.kundval.utbyte.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import se.kundval.model.regler.KundvalDiagnostician;

/**
 * The model's own rules (KundvalDiagnostician) on everything an import built, each violation
 * reported on the line its object was read from (a contained object on its container's line).
 * The file checks have already refused what they cover, so these are the rules across fields:
 * an anordnare authorised on the start date, an avslut after the start, and the like.
 */
final class Validering {

    private Validering() {
    }

    static void validera(Importkontext k) {
        List<EObject> rotter = new ArrayList<>();
        rotter.addAll(k.anordnare.values());
        rotter.addAll(k.auktorisationerPaBefintliga);
        rotter.addAll(k.kunder.values());
        rotter.addAll(k.insatser.values());
        rotter.addAll(k.enkatsvar);
        rotter.addAll(k.enkatutskick);
        rotter.addAll(k.priser);
        KundvalDiagnostician diagnostiker = new KundvalDiagnostician();
        for (EObject rot : rotter) {
            Diagnostic d = diagnostiker.validate(rot);
            if (d.getSeverity() >= Diagnostic.ERROR) {
                rapportera(k, rot, d.getChildren());
            }
        }
    }

    private static void rapportera(Importkontext k, EObject rot, List<Diagnostic> diagnoser) {
        for (Diagnostic d : diagnoser) {
            if (!d.getChildren().isEmpty()) {
                rapportera(k, rot, d.getChildren());
            } else if (d.getSeverity() >= Diagnostic.ERROR) {
                EObject objekt = !d.getData().isEmpty() && d.getData().get(0) instanceof EObject o ? o : rot;
                // a diagnostic about an object outside the tree (a referenced type, say) belongs to the root's line
                Importkontext.Kalla kalla = k.kalla(objekt) != null ? k.kalla(objekt) : k.kalla(rot);
                k.fel.fil(kalla.fil()).fel(kalla.rad(), d.getMessage());
            }
        }
    }
}
