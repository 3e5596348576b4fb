package se.kundval.app;

import org.eclipse.osgi.util.NLS;

/** The application shell's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.app.messages"; //$NON-NLS-1$

    public static String demoanvandare;
    public static String databasfelRubrik;
    public static String omRubrik;
    public static String omText;
    public static String inloggad;
    public static String databas;
    public static String ingenDatabas;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
