package se.kundval.kund.ui;

import org.eclipse.osgi.util.NLS;

/** The kund UI's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.kund.ui.messages"; //$NON-NLS-1$

    public static String kolumnKundId;
    public static String registerutdragRubrik;
    public static String registerutdragFilnamn;
    public static String jobbRegisterutdrag;
    public static String registerutdragSparat;
    public static String registerutdragFel;
    public static String ingenKundMedNummer;
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
    public static String skyddadePersonuppgifter;
    public static String skyddadePersonuppgifterTips;
    public static String jobbSkydd;
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
    public static String arbetsformagaHeltal;
    public static String kolumnFalt;
    public static String kolumnProblem;
    public static String konfliktRubrik;
    public static String konfliktText;
    public static String kolumnMittVarde;
    public static String kolumnDerasVarde;
    public static String konfliktBehall;
    public static String konfliktLaddaOm;
    public static String kolumnHandelse;
    public static String kolumnGranskning;
    public static String kolumnDatum;
    public static String kolumnAv;
    public static String kolumnMotivering;
    public static String handelseBeviljande;
    public static String handelseForlangning;
    public static String handelseUndantag;
    public static String undantagText;
    public static String handelseAvslut;
    public static String handelseBedomning;
    public static String lyckat;
    public static String ejLyckat;
    public static String bonusgrundande;
    public static String ejBonusgrundande;
    public static String ersatt;
    public static String kolumnUpprattad;
    public static String kolumnMal;
    public static String kolumnAktiviteter;
    public static String kolumnRevision;
    public static String planSaknas;
    public static String revisionText;
    public static String nyKund;
    public static String kanInteSparasRubrik;
    public static String kanInteSparas;
    public static String lageRedigera;
    public static String lageLasa;
    public static String flikBeslut;
    public static String flikPlan;
    public static String flikHistorik;
    public static String kolumnTidpunkt;
    public static String kolumnFore;
    public static String kolumnEfter;
    public static String faltAndrat;
    public static String sparaRubrik;
    public static String sparaFragaEn;
    public static String sparaFragaFlera;
    public static String spara;
    public static String sparaInte;
    public static String avbryt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
