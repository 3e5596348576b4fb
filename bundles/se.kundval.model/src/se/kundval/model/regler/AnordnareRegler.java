package se.kundval.model.regler;

import org.eclipse.emf.ecore.EObject;

import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.KundvalPackage.Literals;

/** Anordnare: organisationsnummer with a valid check digit; auktorisationer that end after they start. */
final class AnordnareRegler implements Regelrapport.Regel {

    @Override
    public boolean galler(EObject object) {
        return object instanceof Anordnare || object instanceof Auktorisation;
    }

    @Override
    public void kontrollera(EObject object, Regelrapport rapport) {
        if (object instanceof Anordnare anordnare) {
            String orgnr = anordnare.getOrgnr();
            if (orgnr != null && !orgnr.isEmpty()) {
                Organisationsnummer.kontrollera(orgnr).ifPresent(fel ->
                        rapport.fel(Literals.ANORDNARE__ORGNR, "orgnr." + fel.name(), orgnr)); //$NON-NLS-1$
            }
        } else {
            Auktorisation auktorisation = (Auktorisation) object;
            if (auktorisation.getFran() != null && auktorisation.getTill() != null
                    && auktorisation.getTill().isBefore(auktorisation.getFran())) {
                rapport.fel(Literals.AUKTORISATION__TILL, "till.foreFran", auktorisation.getFran()); //$NON-NLS-1$
            }
        }
    }
}
