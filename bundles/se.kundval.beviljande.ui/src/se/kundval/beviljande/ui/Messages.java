package se.kundval.beviljande.ui;

import org.eclipse.osgi.util.NLS;

/** The beviljande UI's user-visible texts (messages.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.beviljande.ui.messages"; //$NON-NLS-1$

    public static String allaReglerUppfyllda;
    public static String allaUndantagMotiverade;
    public static String andelLyckade;
    public static String anordnareBeskrivning;
    public static String anordnareForklaring;
    public static String anordnareRubrik;
    public static String beslutEfterStart;
    public static String beslutetsMotivering;
    public static String beslutetsMotiveringTips;
    public static String beslutsdatum;
    public static String beviljar;
    public static String brevAvsandare;
    public static String brevBeslut;
    public static String brevBeviljandeText;
    public static String brevFilnamn;
    public static String brevSparat;
    public static String brevForlangningText;
    public static String brevHandlaggare;
    public static String brevMotivering;
    public static String brevRubrikBeviljande;
    public static String brevRubrikForlangning;
    public static String brevUndantag;
    public static String brevUndantagRad;
    public static String faltAnordnare;
    public static String faltInsats;
    public static String faltKund;
    public static String faltLangd;
    public static String faltPersonnummer;
    public static String faltPlaneratSlut;
    public static String faltTyp;
    public static String faltUndantag;
    public static String forlangBeskrivning;
    public static String forlangKnapp;
    public static String forlangManader;
    public static String forlangRubrik;
    public static String forlangTitel;
    public static String godkand;
    public static String ingaAvslut;
    public static String ingaUndantag;
    public static String ingenAnordnare;
    public static String ingenPagaende;
    public static String ingetBeslut;
    public static String insatsVal;
    public static String knappAvbryt;
    public static String knappNasta;
    public static String knappSlutfor;
    public static String knappTillbaka;
    public static String kolumnAndelLyckade;
    public static String kolumnAnordnare;
    public static String kolumnKod;
    public static String kolumnLangd;
    public static String kolumnNki;
    public static String kolumnOrgnr;
    public static String kolumnRegel;
    public static String kolumnSkal;
    public static String kolumnTyp;
    public static String kolumnUndantag;
    public static String kundeInteSpara;
    public static String lasesAnordnare;
    public static String lasesKund;
    public static String lasesTyper;
    public static String manader;
    public static String motiveringKravs;
    public static String motiveringTips;
    public static String okant;
    public static String ovantatFel;
    public static String pdfFiler;
    public static String provar;
    public static String reglerBeskrivning;
    public static String reglerRubrik;
    public static String saknarMotivering;
    public static String sammanfattningBeskrivning;
    public static String sammanfattningRubrik;
    public static String sparaBrev;
    public static String sparaBrevRubrik;
    public static String startBeskrivning;
    public static String startRubrik;
    public static String startdatum;
    public static String typerForklaring;
    public static String undantagRad;
    public static String underkand;
    public static String valjTyp;
    public static String varning;
    public static String wizardRubrik;
    public static String wizardRubrikKund;

    public static String kolumnJusteradKvot;
    public static String justeradKvot;
    public static String justeradKvotForFa;
    public static String lasesJamforelse;

    public static String forlangSlut;
    public static String forlangSlutFranTill;
    public static String forlangLangdmotivering;
    public static String forlanger;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
