package se.kundval.app;

import org.eclipse.osgi.util.NLS;

/** The application shell's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.app.messages"; //$NON-NLS-1$

    public static String omRubrik;
    public static String omText;
    public static String inloggad;
    public static String databas;
    public static String ingenDatabas;
    public static String rollKarriarvagledare;
    public static String rollHandlaggare;
    public static String rollAnordnare;
    public static String rollKvalitetsutvecklare;
    public static String rollAdministrator;
    public static String rollLoggranskare;
    public static String inloggningRubrik;
    public static String inloggningUpplysning;
    public static String anvandarnamn;
    public static String losenord;
    public static String loggaIn;
    public static String bytDatabas;
    public static String fyllIn;
    public static String felLosenord;
    public static String avbryt;
    public static String ok;
    public static String spara;
    public static String sparaInte;
    public static String loggaUtRubrik;
    public static String sparaForeUtloggning;
    public static String installningarRubrik;
    public static String flikBevakningar;
    public static String flikDatabas;
    public static String flikUtseende;
    public static String bevakningarUpplysning;
    public static String gransGenomforandeplan;
    public static String gransManadsrapportDag;
    public static String gransSlutarInom;
    public static String gransSjukUtanIntyg;
    public static String gransAvslutsbedomning;
    public static String gransFramforhallning;
    public static String aterstallStandard;
    public static String databasInbaddad;
    public static String databasFil;
    public static String bladdra;
    public static String databasPostgresql;
    public static String databasUrl;
    public static String databasAnvandare;
    public static String databasLosenord;
    public static String testaAnslutning;
    public static String testarAnslutning;
    public static String anslutningenFungerar;
    public static String filenFinnsInte;
    public static String databasNastaStart;
    public static String databasRubrik;
    public static String anslut;
    public static String kundeInteSparaInstallningar;
    public static String temaUpplysning;
    public static String temaLjust;
    public static String temaMorkt;
    public static String loggarIn;
    public static String inloggningVar;
    public static String lokalDatabas;
    public static String server;
    public static String serveradress;
    public static String serveradressExempel;
    public static String engangskod;
    public static String engangskodUpplysning;
    public static String databasnyckel;
    public static String databasnyckelUpplysning;
    public static String fyllInNyckel;
    public static String filenKrypterad;
    public static String felServeradress;
    public static String certifikatRubrik;
    public static String certifikatFraga;
    public static String certifikatGodta;

    public static String bevakningarBaraAdministrator;
    public static String gransHamtas;
    public static String gransKundeInteHamtas;
    public static String gransInteInloggad;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
