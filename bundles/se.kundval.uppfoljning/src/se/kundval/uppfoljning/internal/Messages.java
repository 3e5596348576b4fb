package se.kundval.uppfoljning.internal;

import org.eclipse.osgi.util.NLS;

/** The follow-up plugin's texts. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.uppfoljning.internal.messages"; //$NON-NLS-1$

    public static String revisionKravs;
    public static String periodKravs;
    public static String periodUtanforInsatsen;
    public static String periodInteSlut;
    public static String redanGodkand;
    public static String ingenRapport;
    public static String inteInlamnad;
    public static String kommentarKravs;
    public static String sexmanaderGallerInte;
    public static String sexmanaderForTidigt;
    public static String sexmanaderRedanInlamnad;
    public static String underlagKravs;
    public static String ingetUnderlag;
    public static String motiveringKravs;
    public static String forstLyckat;
    public static String bedomningBekraftad;
    public static String bedomningAvvisad;
    public static String progressBaraTolvManader;
    public static String utfallKravs;
    public static String effektKraverLyckat;
    public static String effektForTidigt;
    public static String effektFinns;
    public static String egenForsorjningKravs;
    public static String planSaknas;
    public static String rapportSaknas;
    public static String kompletteringBegard;
    public static String vantarPaGranskning;
    public static String sjukUtanIntyg;
    public static String franvaroTvaManader;
    public static String progress;
    public static String slutarSnart;
    public static String slutadUtanAvslut;
    public static String sexmanader;
    public static String effekt;
    public static String dokumentKravs;
    public static String dokumentPlats;
    public static String dokumentFinnsInte;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
