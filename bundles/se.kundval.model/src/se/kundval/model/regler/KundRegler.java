package se.kundval.model.regler;

import org.eclipse.emf.ecore.EObject;

import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;

/** Kund: a valid personnummer or samordningsnummer, and an arbetsförmåga of 0–100 % or oklar. */
final class KundRegler implements Regelrapport.Regel {

    @Override
    public boolean galler(EObject object) {
        return object instanceof Kund;
    }

    @Override
    public void kontrollera(EObject object, Regelrapport rapport) {
        Kund kund = (Kund) object;
        String nummer = kund.getPersonnummer();
        if (nummer != null && !nummer.isEmpty()) {
            Personnummer.kontrollera(nummer).ifPresent(fel ->
                    rapport.fel(Literals.KUND__PERSONNUMMER, "personnummer." + fel.name(), nummer)); //$NON-NLS-1$
        }
        Integer formaga = kund.getArbetsformaga();
        if (formaga != null && (formaga < 0 || formaga > 100)) {
            rapport.fel(Literals.KUND__ARBETSFORMAGA, "arbetsformaga.intervall", formaga); //$NON-NLS-1$
        }
        if (formaga != null && kund.isArbetsformagaOklar()) {
            rapport.fel(Literals.KUND__ARBETSFORMAGA_OKLAR, "arbetsformaga.bade"); //$NON-NLS-1$
        }
    }
}
