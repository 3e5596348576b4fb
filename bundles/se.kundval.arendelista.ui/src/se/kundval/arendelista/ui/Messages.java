package se.kundval.arendelista.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of Mina kunder (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.arendelista.ui.messages"; //$NON-NLS-1$

    public static String kolumnKund;
    public static String kolumnKundId;
    public static String kolumnInsats;
    public static String kolumnTyp;
    public static String kolumnAnordnare;
    public static String kolumnDagarKvar;
    public static String kolumnNastaFrist;
    public static String kolumnForfaller;
    public static String kolumnLarm;
    public static String kolumnForsenade;
    public static String hamtar;
    public static String kundeInteHamta;
    public static String antalKunder;
    public static String antalVisade;
    public static String filtertips;
    public static String kolumnerKnapp;
    public static String uppdatera;
    public static String jobbArenden;
    public static String hamtarArenden;
    public static String doljKolumn;
    public static String visaAllaKolumner;
    public static String valjKolumner;
    public static String valjKolumnerRubrik;
    public static String valjKolumnerUpplysning;
    public static String upp;
    public static String ned;
    public static String ok;
    public static String avbryt;

    public static String visaAvslutade;
    public static String visaAvslutadeTips;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
