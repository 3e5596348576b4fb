package se.kundval.uppfoljning.ui;

import org.eclipse.osgi.util.NLS;

/** The Insats part's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.uppfoljning.ui.messages"; //$NON-NLS-1$

    public static String jobbSparar;
    public static String jobbInsatser;
    public static String ingetValt;
    public static String ingaInsatser;
    public static String insatsen;
    public static String period;
    public static String rubrikInsats;
    public static String periodText;
    public static String insatsIValet;
    public static String flikPlan;
    public static String flikManadsrapporter;
    public static String flikSexmanader;
    public static String flikAvstamning;
    public static String flikAvslut;
    public static String flikPlanTips;
    public static String flikManadsrapporterTips;
    public static String flikSexmanaderTips;
    public static String flikAvstamningTips;
    public static String flikAvslutTips;
    public static String avbryt;
    public static String kolumnDatum;
    public static String kolumnAv;
    public static String kolumnBeskrivning;
    public static String kolumnTyp;
    public static String kolumnPlaneradStart;
    public static String kolumnPlaneratSlut;
    public static String kolumnManad;
    public static String kolumnStatus;
    public static String kolumnInlamnad;
    public static String kolumnSenast;
    public static String kolumnEfter;
    public static String kolumnFran;
    public static String kolumnNr;
    public static String kolumnTidpunkt;
    public static String kolumnBedomdAv;
    public static String kolumnLyckat;
    public static String kolumnBonusgrundande;
    public static String kolumnGaller;
    public static String ingenPlan;
    public static String planUpprattad;
    public static String malEttPerRad;
    public static String aktiviteter;
    public static String aktivitetstyp;
    public static String beskrivning;
    public static String planeradStart;
    public static String planeratSlut;
    public static String nyAktivitet;
    public static String taBortAktivitet;
    public static String revisionText;
    public static String revisionHjalp;
    public static String sparaPlan;
    public static String revisioner;
    public static String planRubrik;
    public static String typKravs;
    public static String osparadRubrik;
    public static String osparadPlan;
    public static String sparaKnapp;
    public static String slangKnapp;
    public static String lagePagar;
    public static String lageAttLamna;
    public static String lageSaknas;
    public static String ingenManad;
    public static String rapportFor;
    public static String rapportAktiviteter;
    public static String narvarodagar;
    public static String progression;
    public static String franvarodagar;
    public static String sjukdagar;
    public static String medLakarintyg;
    public static String avvikelser;
    public static String lamnaIn;
    public static String lamnaInIgen;
    public static String granskadAv;
    public static String kommentar;
    public static String godkann;
    public static String begarKomplettering;
    public static String sexmanaderInget;
    public static String sexmanaderGallerInte;
    public static String sexmanaderFran;
    public static String sexmanaderKanLamnas;
    public static String sexmanaderVantar;
    public static String sexmanaderBekraftad;
    public static String sexmanaderAvvisad;
    public static String underlag;
    public static String inlamnat;
    public static String bedomt;
    public static String motivering;
    public static String lamnaInUnderlag;
    public static String bekrafta;
    public static String avvisa;
    public static String progressRubrik;
    public static String progressGallerInte;
    public static String progressSenast;
    public static String utfall;
    public static String registreraProgress;
    public static String effektRubrik;
    public static String effektGallerInte;
    public static String uppfoljning;
    public static String efterManader;
    public static String manaderText;
    public static String egenForsorjning;
    public static String registreraEffekt;
    public static String ingetAvslut;
    public static String vantarPaBedomning;
    public static String bedomtSom;
    public static String lyckat;
    public static String inteLyckat;
    public static String bonusgrundande;
    public static String inteBonusgrundande;
    public static String avslutsdatum;
    public static String avslutsorsak;
    public static String sysselsattning;
    public static String varaktighet;
    public static String rapporterat;
    public static String rapporteraAvslut;
    public static String andraAvslut;
    public static String bedomAvslut;
    public static String nyBedomning;
    public static String bedomningar;
    public static String gallande;
    public static String ersatt;

    public static String granskaInteInlamnad;
    public static String granskaRedanGodkand;
    public static String granskaVantarKomplettering;
    public static String underlagForTidigt;

    public static String dokumentRubrik;
    public static String dokumentFil;
    public static String dokumentTyp;
    public static String dokumentStorlek;
    public static String dokumentUppladdadAv;
    public static String dokumentUppladdad;
    public static String dokumentOppna;
    public static String dokumentSparaSom;
    public static String dokumentSparaRubrik;
    public static String dokumentIngenVisare;
    public static String dokumentSparat;
    public static String bifogade;
    public static String bifoga;
    public static String bifogaRubrik;
    public static String ingaBifogade;
    public static String bifogaFel;
    public static String jobbDokument;
    public static String sexmanaderKompletteringBegard;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
