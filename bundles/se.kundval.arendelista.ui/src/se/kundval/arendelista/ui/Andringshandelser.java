package se.kundval.arendelista.ui;

import java.util.List;

/**
 * The workbench's events after a save that can change a caseload row, by topic, so the caseload reads
 * again without knowing the bundles that send them (a product may leave any of them out). Each topic
 * is the constant of the bundle that sends it; the data (a kund's or an insats's id) is not needed,
 * because the caseload is read whole (decision 0081).
 */
final class Andringshandelser {

    static final List<String> AMNEN = List.of(
            // BeviljaInsatsHandler.INSATSER_ANDRADE: an insats granted or extended
            "se/kundval/insats/andrad", //$NON-NLS-1$
            // Insatshandelser.ANDRAD: a plan, månadsrapport, review, avslut or bedömning saved
            "se/kundval/uppfoljning/ui/insats/andrad", //$NON-NLS-1$
            // UppdateraKunderHandler.AMNE: a kund saved (name, ansvarig karriärvägledare)
            "se/kundval/kund/ui/uppdatera", //$NON-NLS-1$
            // AnordnarePart.SPARAD: an anordnare's name changed
            "se/kundval/anordnare/sparad", //$NON-NLS-1$
            // Installningsdialog.GRANSER_ANDRADE: the administratör changed the deadline limits
            "se/kundval/bevakning/granser"); //$NON-NLS-1$

    private Andringshandelser() {
    }
}
