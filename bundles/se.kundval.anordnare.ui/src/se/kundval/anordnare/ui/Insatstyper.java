package se.kundval.anordnare.ui;

import se.kundval.model.Insatstyp;

/**
 * An insats type as the register shows it: by its name, as the rest of the workbench does
 * (decision 0426); the code only for a type the plugins never named.
 */
final class Insatstyper {

    private Insatstyper() {
    }

    static String etikett(Insatstyp typ) {
        return typ.getNamn() == null || typ.getNamn().isBlank() ? typ.getKod() : typ.getNamn();
    }
}
