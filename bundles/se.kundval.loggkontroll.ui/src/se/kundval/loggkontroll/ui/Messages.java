package se.kundval.loggkontroll.ui;

import org.eclipse.osgi.util.NLS;

/** The loggkontroll part's texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.loggkontroll.ui.messages"; //$NON-NLS-1$

    public static String fran;
    public static String till;
    public static String anvandare;
    public static String kund;
    public static String handling;
    public static String allaHandlingar;
    public static String urval;
    public static String ingetUrval;
    public static String urvalUTANFOR_EGET_ANSVAR;
    public static String urvalSKYDDAD_IDENTITET;
    public static String urvalMANGA_KUNDER_PER_DAG;
    public static String urvalUTANFOR_KONTORSTID;
    public static String kunderPerDag;
    public static String sok;
    public static String stickprov;
    public static String stickprovTips;
    public static String hamtar;
    public static String antalPoster;
    public static String antalStickprov;
    public static String kolumnTid;
    public static String kolumnAnvandare;
    public static String kolumnRoll;
    public static String kolumnKlient;
    public static String kolumnKund;
    public static String kolumnHandling;
    public static String kolumnPlats;
    public static String kolumnFlaggor;
    public static String kolumnGranskad;
    public static String flaggaSkyddad;
    public static String flaggaUtanforAnsvar;
    public static String flaggaUtanforKontorstid;
    public static String granskad;
    public static String kommentar;
    public static String markeraGranskad;
    public static String valjPost;
    public static String granskningSparad;
    public static String jobbSok;
    public static String jobbGranska;
    public static String felRubrik;
    public static String handlingLASA;
    public static String handlingANDRA;
    public static String handlingSKRIVA_UT;
    public static String handlingEXPORTERA;
    public static String klientMedAdress;
    public static String klientARBETSBANK;
    public static String klientKOMMANDORAD;
    public static String klientPORTAL;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
