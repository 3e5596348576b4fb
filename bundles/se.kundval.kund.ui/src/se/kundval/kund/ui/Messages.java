package se.kundval.kund.ui;

import org.eclipse.osgi.util.NLS;

/** The kund UI's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.kund.ui.messages"; //$NON-NLS-1$

    public static String kolumnKundId;
    public static String kolumnPersonnummer;
    public static String kolumnNamn;
    public static String kolumnKon;
    public static String kolumnKommun;
    public static String kolumnSprak;
    public static String kolumnUtbildning;
    public static String kolumnAnsvarig;
    public static String hamtarRad;
    public static String jobbKunder;
    public static String hamtarKunder;
    public static String antalKunder;
    public static String raknarKunder;
    public static String filtertips;
    public static String jobbKund;
    public static String ingenKundVald;
    public static String hamtarKund;
    public static String rubrikKund;
    public static String fodelsedatum;
    public static String ja;
    public static String nej;
    public static String oklar;
    public static String procent;
    public static String insatser;
    public static String ingaInsatser;
    public static String kolumnInsatsId;
    public static String kolumnInsatstyp;
    public static String kolumnAnordnare;
    public static String kolumnStart;
    public static String kolumnPlaneratSlut;
    public static String kolumnStatus;
    public static String kolumnAvslutsorsak;
    public static String felRubrik;
    public static String ovantatFel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
