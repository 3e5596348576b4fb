package se.kundval.core.csv;

import org.eclipse.osgi.util.NLS;

/** Texts of the CSV codec's errors. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.csv.messages"; //$NON-NLS-1$

    public static String ogiltigUtf8;
    public static String oavslutatCitat;
    public static String teckenEfterCitat;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
