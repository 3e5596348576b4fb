package se.kundval.avslut.ui;

import org.eclipse.osgi.util.NLS;

/** The avslut UI's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.avslut.ui.messages"; //$NON-NLS-1$

    public static String jobbInsats;
    public static String jobbKo;
    public static String kolumnVantat;
    public static String kolumnInsats;
    public static String kolumnKund;
    public static String kolumnTyp;
    public static String kolumnAnordnare;
    public static String kolumnAvslutsdatum;
    public static String kolumnOrsak;
    public static String kolumnNr;
    public static String kolumnTidpunkt;
    public static String kolumnAv;
    public static String antalAvslut;
    public static String ingaAvslut;
    public static String bedomsAvHandlaggare;
    public static String bedomKnapp;
    public static String uppdatera;
    public static String avbryt;
    public static String bedomRubrik;
    public static String bedomTitel;
    public static String bedomHjalp;
    public static String bedomKlar;
    public static String varningLyckat;
    public static String varningBonus;
    public static String arendet;
    public static String tidigareBedomningar;
    public static String stodRubrik;
    public static String kanVaraLyckat;
    public static String kanVaraBonusgrundande;
    public static String malsattning;
    public static String maluppfyllelse;
    public static String bonusEfterSexManader;
    public static String bedomningRubrik;
    public static String lyckat;
    public static String bonusgrundande;
    public static String motivering;
    public static String sparaBedomning;
    public static String rapporteraRubrik;
    public static String rapporteraTitel;
    public static String rapporteraHjalp;
    public static String avslutsdatum;
    public static String avslutsorsak;
    public static String sysselsattning;
    public static String varaktighetManader;
    public static String rapporteraKnapp;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
