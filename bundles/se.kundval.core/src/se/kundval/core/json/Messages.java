package se.kundval.core.json;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.json.messages"; //$NON-NLS-1$

    public static String inteObjekt;
    public static String okandRef;
    public static String felId;
    public static String typSaknas;
    public static String okandTyp;
    public static String felKlass;
    public static String okantFalt;
    public static String intelista;
    public static String felVarde;
    public static String felTyp;
    public static String helaVardet;
    public static String vid;
    public static String ogiltigJson;
    public static String ogiltigJsonVid;
    public static String ettFalt;
    public static String kolumnerForst;
    public static String faltSaknas;
    public static String felRad;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
