package se.kundval.rapport.ui;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.rapport.ui.messages"; //$NON-NLS-1$

    public static String period;
    public static String periodTill;
    public static String forvalAr;
    public static String forvalTertial1;
    public static String forvalTertial2;
    public static String forvalTertial3;
    public static String forvalEgen;
    public static String visaRapporten;
    public static String exportera;
    public static String exportDialog;
    public static String exportFilnamn;
    public static String exporterar;
    public static String exporterat;
    public static String exportMisslyckades;
    public static String valjPeriod;
    public static String ingenBehorighet;
    public static String beraknar;
    public static String sammanfattning;
    public static String visaUnderlag;
    public static String forklaring;
    public static String ingetUnderlag;
    public static String flikResultat;
    public static String flikFordelningar;
    public static String flikDiagram;
    public static String flikTillsyn;
    public static String visaFordelning;
    public static String fordelningAvslutsorsaker;
    public static String fordelningKon;
    public static String fordelningUtbildning;
    public static String fordelningSprak;
    public static String totalt;
    public static String perInsatstyp;
    public static String perAnordnare;
    public static String kolumnKunder;
    public static String kolumnInsatser;
    public static String kolumnInsatserPerKund;
    public static String kolumnAndelKvinnor;
    public static String kolumnAndelAvKunder;
    public static String kolumnAuktoriserade;
    public static String kolumnAktiva;
    public static String kolumnAvslut;
    public static String kolumnAndelLyckade;
    public static String kolumnObedomda;
    public static String kolumnMaluppfyllelse;
    public static String kolumnSnittdagar;
    public static String kolumnNki;
    public static String kolumnSvarsfrekvens;
    public static String kolumnInbjudna;
    public static String andelAv;
    public static String medelN;
    public static String osakerFigur;
    public static String nkiDolt;
    public static String saknas;
    public static String antalOchAndel;
    public static String diagramLyckadeTyp;
    public static String diagramLyckadeAnordnare;
    public static String diagramSnittdagar;
    public static String diagramAvslutsorsaker;
    public static String diagramNki;
    public static String diagramOsaker;
    public static String diagramMal;
    public static String diagramEtikett;
    public static String kolumnDel;
    public static String kolumnKrav;
    public static String kolumnUppfyllnadsgrad;
    public static String kolumnAtgard;
    public static String kolumnAtgarder;
    public static String kolumnDeadline;
    public static String kolumnNyckel;
    public static String atgardMedDeadline;
    public static String ingenDeadline;
    public static String underlagTomt;
    public static String hamtarUnderlag;
    public static String underlagRubrik;
    public static String kolumnInsatsId;
    public static String kolumnKundId;
    public static String kolumnKund;
    public static String kolumnInsatstyp;
    public static String kolumnAnordnare;
    public static String kolumnStart;
    public static String kolumnPlaneratSlut;
    public static String kolumnAvslutsdatum;
    public static String kolumnAvslutsorsak;
    public static String kolumnLyckat;
    public static String ejBedomd;
    public static String ja;
    public static String nej;
    public static String ar;
    public static String importeraEnkat;
    public static String importKatalog;
    public static String importerar;
    public static String importeradeRader;
    public static String importerat;
    public static String importFel;
    public static String hamtarNki;
    public static String allaAnordnare;
    public static String nkiForklaring;
    public static String anordnareMedOrgnr;
    public static String hamtarAnordnare;
    public static String hamtarTillsyn;
    public static String valjAnordnare;
    public static String ingenTillsyn;
    public static String tillsynSammanfattning;
    public static String nyTillsyn;
    public static String nyttKrav;
    public static String laggTillKrav;
    public static String taBortKrav;
    public static String spara;
    public static String sparar;
    public static String sparat;
    public static String felDatum;

    public static String flikJamforelse;
    public static String kolumnBedomda;
    public static String kolumnLyckade;
    public static String kolumnForvantade;
    public static String kolumnKvot;
    public static String kolumnIntervall;
    public static String kolumnTolkning;
    public static String kolumnEffektRad;
    public static String kolumnEffekt6;
    public static String kolumnEffekt12;
    public static String kolumnEffekt24;
    public static String kolumnKovariat;
    public static String kolumnNiva;
    public static String kolumnOddskvot;
    public static String diagramTratt;
    public static String grans95;
    public static String grans998;
    public static String effektCell;
    public static String jamforelsePeka;
    public static String jamforelseIngaPunkter;
    public static String jamforelseForFa;
    public static String jamforelseDetalj;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
