package se.kundval.core.dokument;

import org.eclipse.osgi.util.NLS;

/** The document rules' texts (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.dokument.messages"; //$NON-NLS-1$

    public static String namnSaknas;
    public static String tom;
    public static String forStor;
    public static String felTyp;
    public static String felAndelse;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
