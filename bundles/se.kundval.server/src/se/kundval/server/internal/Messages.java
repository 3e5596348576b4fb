package se.kundval.server.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.server.internal.messages"; //$NON-NLS-1$

    public static String anvandareUtanJdbc;
    public static String argumentSaknas;
    public static String badeDbOchJdbc;
    public static String buntStartarInte;
    public static String ejInloggad;
    public static String felAntal;
    public static String felArgument;
    public static String felKlienttyp;
    public static String felMetod;
    public static String felPort;
    public static String fingeravtryck;
    public static String forStor;
    public static String inloggningNekad;
    public static String inloggningSaknar;
    public static String intePostgresql;
    public static String jdbcKraverAnvandare;
    public static String loggServerfel;
    public static String losenordsfil;
    public static String lyssnar;
    public static String nyckelKraverLosenord;
    public static String okandAdress;
    public static String okandMetod;
    public static String okandSokvag;
    public static String program;
    public static String serverfel;
    public static String stoppFel;
    public static String stoppad;
    public static String tjanstSaknas;
    public static String upptagen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
