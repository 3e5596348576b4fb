package se.kundval.export;

import org.eclipse.osgi.util.NLS;

/** The export bundle's own texts (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.export.messages"; //$NON-NLS-1$

    public static String sidfot;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
