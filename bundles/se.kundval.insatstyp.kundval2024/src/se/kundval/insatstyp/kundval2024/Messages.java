package se.kundval.insatstyp.kundval2024;

import org.eclipse.osgi.util.NLS;

/** The 2024 types' eligibility texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.insatstyp.kundval2024.messages"; //$NON-NLS-1$

    public static String arbetsformagaNamn;
    public static String arbetsformagaGodkand;
    public static String arbetsformagaUtanfor;
    public static String arbetsformagaOklarMenKrav;
    public static String arbetsformagaSaknas;
    public static String tipsAmi1;
    public static String tipsAmi2;
    public static String tipsFai;
    public static String oklarNamn;
    public static String oklarGodkand;
    public static String oklarUnderkand;
    public static String etableringsprogramNamn;
    public static String etableringsprogramGodkand;
    public static String etableringsprogramUnderkand;
    public static String ersattningNamn;
    public static String ersattningGodkand;
    public static String ersattningUnderkand;
    public static String sfiNamn;
    public static String sfiGodkand;
    public static String sfiUnderkand;
    public static String sfiOkant;
    public static String forlangdNamn;
    public static String forlangdGodkand;
    public static String forlangdUnderkand;
    public static String pagaendeNamn;
    public static String pagaendeGodkand;
    public static String pagaendeUnderkand;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
