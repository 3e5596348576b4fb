package se.kundval.ersattning.ui;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.ersattning.ui.messages"; //$NON-NLS-1$

    public static String manad;
    public static String foregaendeManad;
    public static String foregaendeManadTips;
    public static String nastaManad;
    public static String nastaManadTips;
    public static String exporteraCsv;
    public static String exporteraXlsx;
    public static String exportDialog;
    public static String exportFilnamn;
    public static String exportTitel;
    public static String exportSummor;
    public static String exportOrgnr;
    public static String exportAnordnare;
    public static String exportInsatsId;
    public static String exportBelopp;
    public static String exporterar;
    public static String exporterat;
    public static String exportMisslyckades;
    public static String ingenBehorighet;
    public static String beraknar;
    public static String jobbUnderlag;
    public static String summering;
    public static String kronor;
    public static String enPost;
    public static String poster;
    public static String anordnareMedOrgnr;
    public static String totalt;
    public static String kolumnAnordnareInsats;
    public static String kolumnInsatstyp;
    public static String kolumnPost;
    public static String kolumnAttBetala;
    public static String kolumnVantar;
    public static String kolumnStatus;
    public static String radtypCheckbelopp;
    public static String radtypAvslutsersattning;
    public static String radtypSnabbhetspremie;
    public static String radtypResultatbonus;
    public static String statusAttBetala;
    public static String statusVantar;
    public static String insatstyper;
    public static String valjTyp;
    public static String priserFor;
    public static String jobbPrislista;
    public static String jobbSparaPris;
    public static String kolumnKod;
    public static String kolumnNamn;
    public static String kolumnKundval;
    public static String kolumnNiva;
    public static String kolumnLangd;
    public static String kolumnMalsattning;
    public static String kolumnGiltigFran;
    public static String kolumnGiltigTill;
    public static String kolumnCheckbelopp;
    public static String kolumnBonus;
    public static String kolumnAnmarkning;
    public static String langdManader;
    public static String langdVeckor;
    public static String malEgenForsorjning;
    public static String malArbetsformedlingen;
    public static String malStegforflyttning;
    public static String malGenomfordKurs;
    public static String statusErbjuds;
    public static String statusUtfasad;
    public static String statusKommande;
    public static String statusEjInstallerad;
    public static String ingenBonus;
    public static String prisGallerNu;
    public static String prisKommande;
    public static String nyttPris;
    public static String nyttPrisFor;
    public static String baraAdministratorer;
    public static String checkbeloppPerManad;
    public static String resultatbonus;
    public static String beloppTips;
    public static String bonusTips;
    public static String laggTillPris;
    public static String kolumnGodkannande;
    public static String prisForeslaget;
    public static String prisGodkant;
    public static String prisGodkantFranBorjan;
    public static String prisAterkallat;
    public static String prisErsatt;
    public static String godkannPris;
    public static String aterkallaPris;
    public static String valjPrisrad;
    public static String egetForslag;
    public static String vantarPaGodkannande;
    public static String kanAterkallas;
    public static String rattaMedNyRad;
    public static String prisGodkantKlart;
    public static String prisAterkallatKlart;
    public static String prisForeslagetKlart;
    public static String beloppSaknas;
    public static String beloppOlasligt;
    public static String beloppForManga;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
