package se.kundval.insatstyp.jobbpeng;

import org.eclipse.osgi.util.NLS;

/** The jobbpeng types' eligibility texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.insatstyp.jobbpeng.messages"; //$NON-NLS-1$

    public static String malgruppNamn;
    public static String malgruppUng;
    public static String malgruppBistand;
    public static String malgruppNyanland;
    public static String malgruppIngen;
    public static String sprakNamn;
    public static String sprakGodkand;
    public static String sprakSvenska;
    public static String sprakOkant;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
