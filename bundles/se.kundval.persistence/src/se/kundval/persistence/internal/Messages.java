package se.kundval.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** The persistence bundle's user-visible texts. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.persistence.internal.messages"; //$NON-NLS-1$

    public static String migreringMisslyckades;
    public static String losenordTomt;
    public static String anvandarnamnUpptaget;
    public static String intePortaladmin;
    public static String portalkontoSaknas;
    public static String portalkontoUtanNamn;
    public static String portalkontoLasaSigSjalv;
    public static String portaladminBaraAnordnare;
    public static String anvandareSaknas;
    public static String engangskodBaraAnordnare;
    public static String granskningskommentar;
    public static String loggpostFinnsInte;
    public static String skyddad;
    public static String skyddadKanInteSparas;
    public static String skyddMarkerasSarskilt;
    public static String skriptAndrat;
    public static String migreringarStammerInte;
    public static String felaktigPoolstorlek;
    public static String kanInteAnsluta;
    public static String svararInte;
    public static String schemaStammerInte;
    public static String oforanderlig;
    public static String konflikt;
    public static String finnsInte;
    public static String uppgiften;
    public static String prisFinns;
    public static String tillsynFinns;
    public static String okandEnkatfraga;
    public static String enkatfragaIAnnatOmrade;
    public static String importKonflikt;
    public static String prisForfluten;
    public static String prisEgetForslag;
    public static String prisInteForslag;
    public static String prisKanInteAterkallas;
    public static String prisRattasMedNyRad;

    public static String gransNegativ;
    public static String samladTransaktionAvbruten;
    public static String kopianKanInteTas;
    public static String kanInteAterstalla;
    public static String ogiltigKopia;
    public static String databasenIBruk;
    public static String baraInbaddad;
    public static String utdragAtkomstlogg;
    public static String utdragTid;
    public static String utdragAnvandare;
    public static String utdragRoll;
    public static String utdragKlient;
    public static String utdragKlientadress;
    public static String utdragHandling;
    public static String utdragPlats;
    public static String atkomstloggenOforanderlig;
    public static String felNyckel;
    public static String engangsnyckelFel;
    public static String engangsnyckelHarledd;
    public static String hemligheterKrypterasInte;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
