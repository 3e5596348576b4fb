package se.kundval.beviljande.internal;

/**
 * The municipality running the kundval: a kund must be folkbokförd there. One installation serves
 * one municipality, set with the system property {@code kundval.kommun} (default Nacka, the
 * municipality of the source documents).
 */
final class Kommun {

    private Kommun() {
    }

    static String namn() {
        return System.getProperty("kundval.kommun", "Nacka"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
