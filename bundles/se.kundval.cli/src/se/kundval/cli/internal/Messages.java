package se.kundval.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's user-visible texts (messages.properties). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.cli.internal.messages"; //$NON-NLS-1$

    public static String hjalpRubrik;
    public static String hjalpKommandon;
    public static String hjalpDatabas;
    public static String hjalpSlutkoder;
    public static String katalogAnvandning;
    public static String importBeskrivning;
    public static String exportBeskrivning;
    public static String ersattningAnvandning;
    public static String ersattningBeskrivning;
    public static String rapportAnvandning;
    public static String rapportBeskrivning;
    public static String budgetAnvandning;
    public static String budgetBeskrivning;
    public static String demoBeskrivning;
    public static String okantKommando;
    public static String okandFlagga;
    public static String flaggaUtanVarde;
    public static String dubbelFlagga;
    public static String felAntalArgument;
    public static String anvandareUtanJdbc;
    public static String badeDbOchJdbc;
    public static String intePostgresql;
    public static String jdbcKraverAnvandare;
    public static String losenordsfil;
    public static String buntSaknas;
    public static String buntStartarInte;
    public static String tjanstSaknas;
    public static String flaggaSaknas;
    public static String felManad;
    public static String felFormat;
    public static String felDatum;
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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
