package se.kundval.beviljande.internal;

import org.eclipse.osgi.util.NLS;

/** The beviljande plugin's texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.beviljande.internal.messages"; //$NON-NLS-1$

    public static String okandAnordnare;
    public static String typInteInstallerad;
    public static String typInteGiltig;
    public static String typUtanLangd;
    public static String undantagKraverMotivering;
    public static String motiveringKravs;
    public static String langdKraverMotivering;
    public static String motiveringMedLangd;
    public static String granskningBeslut;
    public static String granskningUndantag;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
