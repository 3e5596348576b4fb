package se.kundval.model.regler;

import java.time.LocalDate;

import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;

/** Whether an anordnare holds an auktorisation for a type on a day. */
public final class Auktorisationer {

    private Auktorisationer() {
    }

    public static boolean galler(Anordnare anordnare, String typkod, LocalDate dag) {
        for (Auktorisation a : anordnare.getAuktorisationer()) {
            if (a.getInsatstyp() != null && a.getInsatstyp().getKod() != null && a.getInsatstyp().getKod().equals(typkod)
                    && a.getFran() != null && !dag.isBefore(a.getFran()) && (a.getTill() == null || !dag.isAfter(a.getTill()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * DOMAIN §2: an anordnare with no insats started in the last twelve months is flagged for
     * avauktorisation. Only one that holds an auktorisation today, and has held one for those twelve
     * months, can be flagged: a newly authorised anordnare has not yet had the time to start any.
     *
     * @param senasteStart the start of the anordnare's latest insats, or null when it has had none
     */
    public static boolean flaggadForAvauktorisation(Anordnare anordnare, LocalDate senasteStart, LocalDate idag) {
        LocalDate grans = idag.minusMonths(12);
        LocalDate forsta = null;
        boolean giltigIdag = false;
        for (Auktorisation a : anordnare.getAuktorisationer()) {
            if (a.getFran() == null) {
                continue;
            }
            forsta = forsta == null || a.getFran().isBefore(forsta) ? a.getFran() : forsta;
            giltigIdag |= !idag.isBefore(a.getFran()) && (a.getTill() == null || !idag.isAfter(a.getTill()));
        }
        if (!giltigIdag || forsta.isAfter(grans)) {
            return false;
        }
        return senasteStart == null || senasteStart.isBefore(grans);
    }
}
