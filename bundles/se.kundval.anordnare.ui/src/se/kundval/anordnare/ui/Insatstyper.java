package se.kundval.anordnare.ui;

import se.kundval.model.Insatstyp;

/** An insats type as the register shows it: code and name. */
final class Insatstyper {

    private Insatstyper() {
    }

    static String etikett(Insatstyp typ) {
        return typ.getNamn() == null ? typ.getKod() : typ.getKod() + " \u2013 " + typ.getNamn(); //$NON-NLS-1$
    }
}
