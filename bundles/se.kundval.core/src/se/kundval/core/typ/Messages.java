package se.kundval.core.typ;

import org.eclipse.osgi.util.NLS;

/** Texts of the common eligibility rules. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.typ.messages"; //$NON-NLS-1$

    public static String alderNamn;
    public static String alderOkand;
    public static String alderUtanfor;
    public static String alderGodkand;
    public static String folkbokforingNamn;
    public static String folkbokforingIngenKommun;
    public static String folkbokforingSaknas;
    public static String folkbokforingAnnan;
    public static String folkbokforingGodkand;
    public static String overlappNamn;
    public static String overlappIngen;
    public static String overlappFinns;

    public static String forlangAvslutad;
    public static String forlangMinstEnManad;
    public static String forlangInteEfterSlut;
    public static String forlangUtanDatum;
    public static String forlangEfterSlut;
    public static String forlangForeStart;
    public static String forlangTidigt;
    public static String forlangForLang;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
