package se.kundval.avslut.internal;

import org.eclipse.osgi.util.NLS;

/** The avslut plugin's texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.avslut.internal.messages"; //$NON-NLS-1$

    public static String redanBedomt;
    public static String motiveringKravs;
    public static String avslutSaknas;
    public static String datumOchOrsakKravs;
    public static String foreStart;
    public static String iFramtiden;
    public static String sysselsattningKravs;
    public static String varaktighetKravs;
    public static String arbete;
    public static String studier;
    public static String vantarPaBedomning;
    public static String granskningAvslut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
