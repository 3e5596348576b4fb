package se.kundval.klient.internal;

import org.eclipse.osgi.util.NLS;

/** The client's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.klient.internal.messages"; //$NON-NLS-1$

    public static String baraHttps;
    public static String certifikatetAndrat;
    public static String certifikatetInteGodtaget;
    public static String databasenPaServern;
    public static String filerHarInteServern;
    public static String ingenTransaktionOverServern;
    public static String ingetCertifikat;
    public static String kanInteSkicka;
    public static String katalogArFil;
    public static String katalogLasesInte;
    public static String exportenAvbrots;
    public static String katalogSaknas;
    public static String kandaServrarLases;
    public static String kandaServrarSkrivs;
    public static String obegripligtSvar;
    public static String obegripligtVarde;
    public static String serverfel;
    public static String sessionenSlut;
    public static String svararInte;
    public static String svaretAvbrutet;
    public static String utloggad;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
