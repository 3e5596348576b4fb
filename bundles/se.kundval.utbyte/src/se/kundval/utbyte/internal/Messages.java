package se.kundval.utbyte.internal;

import org.eclipse.osgi.util.NLS;

/** The import's and export's user-visible texts (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.utbyte.internal.messages"; //$NON-NLS-1$

    public static String katalogSaknas;
    public static String katalogArFil;
    public static String exportenAvbrots;
    public static String ingaFiler;
    public static String okandFil;
    public static String kanInteLasa;
    public static String tomFil;
    public static String felRubrik;
    public static String antalFalt;
    public static String saknas;
    public static String ogiltigtHeltal;
    public static String utanforIntervall;
    public static String ogiltigtBelopp;
    public static String negativtBelopp;
    public static String okantVarde;
    public static String arbetsformaga;
    public static String pnrFormat;
    public static String pnrDatum;
    public static String pnrKontrollsiffra;
    public static String orgnrFormat;
    public static String orgnrKontrollsiffra;
    public static String okandInsatstyp;
    public static String nyckel;
    public static String dubblett;
    public static String finnsIDatabasen;
    public static String saknasReferens;
    public static String saknasIFil;
    public static String kraverAvslutsdatum;
    public static String halvBedomning;
    public static String prisForfluten;
    public static String styrtecken;
    public static String forLangt;
    public static String forStortBelopp;
    public static String lyckatMedFelOrsak;
    public static String bonusMedFelOrsak;
    public static String beslutEfterStart;
    public static String flerSvarandeAnInbjudna;
    public static String ochFler;
    public static String okandEnkatfraga;
    public static String enkatfragaIAnnatOmrade;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
