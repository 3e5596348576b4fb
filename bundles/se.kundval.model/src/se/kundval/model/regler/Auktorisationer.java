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
}
