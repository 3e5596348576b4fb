package se.kundval.anordnare.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the anordnare register (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.anordnare.ui.messages"; //$NON-NLS-1$

    public static String kolumnNamn;
    public static String gallringDag;
    public static String provkor;
    public static String gallraKnapp;
    public static String gallringInled;
    public static String jobbProvkor;
    public static String jobbGallra;
    public static String jobbRapporter;
    public static String provkors;
    public static String gallras;
    public static String torrResultat;
    public static String utfortResultat;
    public static String perArLista;
    public static String perAr;
    public static String ingetAttGallra;
    public static String bekraftaRubrik;
    public static String bekrafta;
    public static String oppnaRubrik;
    public static String tidigareRubrik;
    public static String kolumnInsats;
    public static String kolumnTyp;
    public static String kolumnStart;
    public static String kolumnSenastePost;
    public static String kolumnGallringsdag;
    public static String kolumnUtford;
    public static String kolumnUtfordAv;
    public static String kolumnAkter;
    public static String kolumnInsatser;
    public static String kolumnForskning;
    public static String kolumnOppna;
    public static String kolumnOrgnr;
    public static String kolumnAuktoriseradFor;
    public static String kolumnSenasteStart;
    public static String kolumnAvauktorisation;
    public static String kolumnCoacher;
    public static String ingenInsats;
    public static String foreslasAvauktorisation;
    public static String hamtarAnordnare;
    public static String jobbRegister;
    public static String antalAnordnare;
    public static String nyAnordnare;
    public static String ingenAnordnareVald;
    public static String hamtarAnordnaren;
    public static String jobbAnordnare;
    public static String nyAnordnareRubrik;
    public static String rubrikAnordnare;
    public static String anordnare;
    public static String auktorisationer;
    public static String coacher;
    public static String kolumnInsatstyp;
    public static String kolumnFran;
    public static String kolumnTill;
    public static String tillsVidare;
    public static String kolumnCoach;
    public static String kolumnEpost;
    public static String kolumnTelefon;
    public static String laggTill;
    public static String andra;
    public static String taBort;
    public static String nyAuktorisation;
    public static String andraAuktorisation;
    public static String nyCoach;
    public static String andraCoach;
    public static String spara;
    public static String sparaInte;
    public static String sparaAndringar;
    public static String orgnrUpptaget;
    public static String konfliktRubrik;
    public static String lasIgen;
    public static String lasIgenKnapp;
    public static String fortsattRedigera;
    public static String ok;
    public static String avbryt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    public static String kolumnAnvandarnamn;
    public static String kolumnRoll;
    public static String kolumnAktiv;
    public static String kolumnPortaladmin;
    public static String anvandarnamn;
    public static String namn;
    public static String roll;
    public static String orgnrFalt;
    public static String losenord;
    public static String losenordOforandrat;
    public static String aktiv;
    public static String portaladmin;
    public static String nyAnvandare;
    public static String sparaAnvandare;
    public static String ja;
    public static String nej;
    public static String jobbAnvandare;
    public static String jobbSparaAnvandare;
    public static String anvandareSparad;
    public static String anvandareSkapadMedHemlighet;

    private Messages() {
    }
}
