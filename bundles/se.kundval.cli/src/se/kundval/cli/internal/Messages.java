package se.kundval.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's user-visible texts (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.cli.internal.messages"; //$NON-NLS-1$

    public static String okantKommando;
    public static String nyAnvandareUtanLosenord;
    public static String losenordsfilTom;
    public static String anordnareUtanOrgnr;
    public static String orgnrUtanAnordnare;
    public static String portaladminUtanAnordnare;
    public static String okandAnordnare;
    public static String anvandareFinns;
    public static String anvandarnamnTomt;
    public static String anvandareSkapad;
    public static String engangshemlighetEnGang;
    public static String gallringTorr;
    public static String gallringKlar;
    public static String gallringAr;
    public static String gallringSumma;
    public static String gallringOppna;
    public static String gallringOppet;
    public static String felPersonnummer;
    public static String ingenKund;
    public static String okandFlagga;
    public static String okandFlaggaForeKommando;
    public static String kommandoSaknas;
    public static String flaggaUtanVarde;
    public static String dubbelFlagga;
    public static String felAntalArgument;
    public static String anvandareUtanJdbc;
    public static String badeDbOchJdbc;
    public static String nyckelBaraInbaddad;
    public static String demofil;
    public static String intePostgresql;
    public static String jdbcKraverAnvandare;
    public static String losenordsfil;
    public static String buntSaknas;
    public static String buntStartarInte;
    public static String tjanstSaknas;
    public static String flaggaSaknas;
    public static String felVarde;
    public static String ingenManad;
    public static String ingetDatum;
    public static String finnsInte;
    public static String etikettKommando;
    public static String tillForeFran;
    public static String katalogFinnsInte;
    public static String planenFel;
    public static String ingentingSkrevs;
    public static String internt;
    public static String inteTom;
    public static String demoSkapad;
    public static String demoAnvandare;
    public static String enRad;
    public static String rader;
    public static String baraInbaddad;
    public static String kopianFinns;
    public static String kopiaTagen;
    public static String kopianSaknas;
    public static String ersattKravs;
    public static String aterstalld;
    public static String serverOchDatabas;
    public static String serverKraverAnvandare;
    public static String felServeradress;
    public static String okandServer;
    public static String annatFingeravtryck;
    public static String baraLokalt;
    public static String baraLokaltKommando;
    public static String ejBehorigKommando;
    public static String nyttLosenordBaraServer;
    public static String nyAnvandareUtanNyttLosenord;
    public static String engangshemlighetBase32;
    public static String engangskodBaraAnordnare;
    public static String okandAnvandare;
    public static String engangskodFornyad;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
