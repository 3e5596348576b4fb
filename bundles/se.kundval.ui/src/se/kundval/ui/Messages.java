package se.kundval.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the shared form pieces (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.ui.messages"; //$NON-NLS-1$

    public static String ja;
    public static String nej;
    public static String felRubrik;
    public static String ovantatFel;
    public static String kund;
    public static String insats;
    public static String insatstyp;
    public static String anordnare;
    public static String start;
    public static String planeratSlut;
    public static String avslutsdatum;
    public static String insatstid;
    public static String avslutsorsak;
    public static String sysselsattning;
    public static String varaktighet;
    public static String rapporterat;
    public static String sexmanadersuppfoljning;
    public static String ingenSexmanadersuppfoljning;
    public static String namnOchId;
    public static String avOchDatum;
    public static String dagarOchManad;
    public static String manader;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
