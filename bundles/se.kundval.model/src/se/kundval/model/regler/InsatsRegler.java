package se.kundval.model.regler;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapport;

/**
 * Insats and its avslut: start before avslut, a length of at least one month, status that agrees
 * with the avslut, one månadsrapport per month, and an anordnare authorised for the type on the
 * start date.
 */
final class InsatsRegler implements Regelrapport.Regel {

    @Override
    public boolean galler(EObject object) {
        return object instanceof Insats || object instanceof Avslut;
    }

    @Override
    public void kontrollera(EObject object, Regelrapport rapport) {
        if (object instanceof Avslut avslut) {
            kontrolleraAvslut(avslut, rapport);
            return;
        }
        Insats insats = (Insats) object;
        LocalDate start = insats.getStartdatum();
        if (insats.getLangdManader() < 1) {
            rapport.fel(Literals.INSATS__LANGD_MANADER, "langd.minst1"); //$NON-NLS-1$
        }
        if (start != null && insats.getSlutdatum() != null && insats.getSlutdatum().isBefore(start)) {
            rapport.fel(Literals.INSATS__SLUTDATUM, "slut.foreStart", start); //$NON-NLS-1$
        }
        if (insats.getStatus() == InsatsStatus.AVSLUTAD && insats.getAvslut() == null) {
            rapport.fel(Literals.INSATS__STATUS, "status.avslutSaknas"); //$NON-NLS-1$
        } else if (insats.getStatus() != InsatsStatus.AVSLUTAD && insats.getAvslut() != null) {
            rapport.fel(Literals.INSATS__STATUS, "status.avslutFinns"); //$NON-NLS-1$
        }
        if (start != null && insats.getAnordnare() != null && insats.getInsatstyp() != null
                && !Auktorisationer.galler(insats.getAnordnare(), insats.getInsatstyp().getKod(), start)) {
            rapport.fel(Literals.INSATS__ANORDNARE, "anordnare.ejAuktoriserad", //$NON-NLS-1$
                    insats.getAnordnare().getNamn(), insats.getInsatstyp().getKod(), start);
        }
        Set<Object> perioder = new HashSet<>();
        for (Manadsrapport rapportering : insats.getManadsrapporter()) {
            if (rapportering.getPeriod() != null && !perioder.add(rapportering.getPeriod())) {
                rapport.fel(Literals.INSATS__MANADSRAPPORTER, "manadsrapport.dubblett", rapportering.getPeriod()); //$NON-NLS-1$
            }
        }
    }

    private static void kontrolleraAvslut(Avslut avslut, Regelrapport rapport) {
        Insats insats = avslut.getInsats();
        if (insats != null && insats.getStartdatum() != null && avslut.getAvslutsdatum() != null
                && avslut.getAvslutsdatum().isBefore(insats.getStartdatum())) {
            rapport.fel(Literals.AVSLUT__AVSLUTSDATUM, "avslut.foreStart", insats.getStartdatum()); //$NON-NLS-1$
        }
        Integer varaktighet = avslut.getVaraktighetManader();
        if (varaktighet != null && varaktighet < 0) {
            rapport.fel(Literals.AVSLUT__VARAKTIGHET_MANADER, "negativt"); //$NON-NLS-1$
        }
    }
}
