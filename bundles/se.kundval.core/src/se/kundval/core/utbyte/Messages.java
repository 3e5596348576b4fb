package se.kundval.core.utbyte;

import org.eclipse.osgi.util.NLS;

/** Texts of the interchange formats. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.utbyte.messages"; //$NON-NLS-1$

    public static String arkivFelNamn;
    public static String arkivForStort;
    public static String ogiltigtDatum;
    public static String ogiltigManad;
    public static String ogiltigtJN;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
