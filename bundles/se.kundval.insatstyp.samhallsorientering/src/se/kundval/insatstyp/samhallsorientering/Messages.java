package se.kundval.insatstyp.samhallsorientering;

import org.eclipse.osgi.util.NLS;

/** Samhällsorientering's texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.insatstyp.samhallsorientering.messages"; //$NON-NLS-1$

    public static String nyanlandNamn;
    public static String nyanlandGodkand;
    public static String nyanlandVarning;
    public static String hemsprakNamn;
    public static String hemsprakGodkand;
    public static String hemsprakSvenska;
    public static String hemsprakOkant;
    public static String okandInsats;
    public static String felTyp;
    public static String dubblett;
    public static String startForeAnmalan;
    public static String slutForeStart;
    public static String slutUtanStart;
    public static String rapportRubrik;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
