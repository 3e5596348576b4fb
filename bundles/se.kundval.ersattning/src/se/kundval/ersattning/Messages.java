package se.kundval.ersattning;

import org.eclipse.osgi.util.NLS;

/** The compensation engine's and the budget's texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.ersattning.messages"; //$NON-NLS-1$

    public static String prisSaknas;
    public static String typSaknas;
    public static String kanInteLasa;
    public static String felRubrik;
    public static String felAntalFalt;
    public static String typSaknasIRad;
    public static String felAntal;
    public static String felAr;
    public static String felBonusgrundande;
    public static String bonusOverAntal;
    public static String okandTyp;
    public static String ingenLangd;
    public static String erbjudsInte;
    public static String ingenBonus;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
