package se.kundval.rapport.internal;

import org.eclipse.osgi.util.NLS;

/** The report's headings and notes (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.rapport.internal.messages"; //$NON-NLS-1$

    public static String titel;
    public static String utdragTitel;
    public static String utdragUndertitel;
    public static String utdragInget;
    public static String ja;
    public static String nej;
    public static String undertitel;
    public static String fotnotOsaker;
    public static String fotnotNki;
    public static String fotnotObedomda;
    public static String sektionsnyckelUpptagen;
    public static String tabellVolymerTyp;
    public static String tabellResultatTyp;
    public static String tabellVolymerAnordnare;
    public static String tabellResultatAnordnare;
    public static String tabellNki;
    public static String tabellAvslutsorsaker;
    public static String tabellKon;
    public static String tabellUtbildning;
    public static String tabellSprak;
    public static String tabellTillsyn;
    public static String tabellTillsynAtgarder;
    public static String diagramLyckadeTyp;
    public static String diagramKunderAnordnare;
    public static String totalt;
    public static String kod;
    public static String insatstyp;
    public static String orgnr;
    public static String anordnare;
    public static String kunder;
    public static String insatser;
    public static String startade;
    public static String bonusgrundande;
    public static String insatserPerKund;
    public static String kvinnor;
    public static String andelKvinnor;
    public static String man;
    public static String andelMan;
    public static String andelAvKunder;
    public static String auktoriserade;
    public static String aktiva;
    public static String avslut;
    public static String lyckade;
    public static String obedomda;
    public static String andelLyckade;
    public static String maluppfyllelse;
    public static String andelMaluppfyllelse;
    public static String snittdagar;
    public static String inbjudna;
    public static String svarande;
    public static String svarsfrekvens;
    public static String nki;
    public static String kategori;
    public static String antal;
    public static String andel;
    public static String del;
    public static String krav;
    public static String ar;
    public static String uppfyllnadsgrad;
    public static String atgard;
    public static String deadline;
    public static String avser;
    public static String sektionErsattning;
    public static String sektionBudget;
    public static String budgetKalla;
    public static String bedomdaAvslut;
    public static String forvantadeLyckade;
    public static String justeradKvot;
    public static String intervallLag;
    public static String intervallHog;
    public static String tolkning;
    public static String tabellJusterad;
    public static String fotnotJusterad;
    public static String diagramTratt;
    public static String grans95;
    public static String grans998;
    public static String rad;
    public static String namn;
    public static String effektEgen;
    public static String effektUppfoljda;
    public static String effektAndel;
    public static String effektEjUppfoljda;
    public static String tabellEffekt;
    public static String fotnotEffekt;
    public static String kovariat;
    public static String niva;
    public static String oddskvot;
    public static String anmarkning;
    public static String tabellBilaga;
    public static String fotnotBilaga;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
