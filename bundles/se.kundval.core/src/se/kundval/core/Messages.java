package se.kundval.core;

import org.eclipse.osgi.util.NLS;

/** The core's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.messages"; //$NON-NLS-1$

    public static String atkomstNekadRattighet;
    public static String atkomstNekadAnordnare;
    public static String ingenDatabas;
    public static String konflikt;
    public static String finnsInte;
    public static String okandInsatstyp;
    public static String felIRegistret;
    public static String databasenInteKrypterad;
    public static String nyckelUtanKrypterad;
    public static String nyckelfilenLasbar;
    public static String nyckelfilenTom;
    public static String nyckelfilenKanInteLasas;
    public static String nyckelSaknas;
    public static String nyckelFraga;
    public static String nyckelIgen;
    public static String nycklarnaOlika;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
