package se.kundval.uppfoljning.ui.insats;

/**
 * Event topics about insatser, sent through the E4 event broker. A part or dialog that saves a
 * change announces it, so that every view of the insats reads it again without knowing the others.
 */
public final class Insatshandelser {

    /** Sent after a change to an insats was saved; the event data is the insats's database id (a Long). */
    public static final String ANDRAD = "se/kundval/uppfoljning/ui/insats/andrad"; //$NON-NLS-1$

    private Insatshandelser() {
    }
}
