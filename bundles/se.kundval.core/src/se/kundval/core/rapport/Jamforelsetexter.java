package se.kundval.core.rapport;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/**
 * The Swedish words of the justerad jämförelse (DOMAIN §13) that the report's files, the workbench
 * and the Bevilja wizard all show: the readings of a justerad kvot, and the names of the case-mix
 * model's covariates and levels (jamforelsetexter.properties), so that they read the same everywhere.
 */
public final class Jamforelsetexter extends NLS {

    private static final String BUNDLE_NAME = "se.kundval.core.rapport.jamforelsetexter"; //$NON-NLS-1$

    public static String FLER_AN_VANTAT;
    public static String SOM_VANTAT;
    public static String FARRE_AN_VANTAT;
    public static String FOR_FA;
    public static String SKATTAD;
    public static String FOR_FA_AVSLUT;
    public static String EJ_SKATTBAR;
    public static String referens;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Jamforelsetexter.class);
    }

    private Jamforelsetexter() {
    }

    /** "fler lyckade än väntat", "som väntat", "färre än väntat" or "för få". */
    public static String av(Tolkning tolkning) {
        return switch (tolkning) {
            case FLER_AN_VANTAT -> FLER_AN_VANTAT;
            case SOM_VANTAT -> SOM_VANTAT;
            case FARRE_AN_VANTAT -> FARRE_AN_VANTAT;
            case FOR_FA -> FOR_FA;
        };
    }

    /** What the period's model is: fitted on how many avslut, or why there is none. */
    public static String av(Fallmix fallmix) {
        return switch (fallmix.status()) {
            case SKATTAD -> NLS.bind(SKATTAD, fallmix.bedomda(), fallmix.parametrar());
            case FOR_FA_AVSLUT -> NLS.bind(FOR_FA_AVSLUT, fallmix.bedomda());
            case EJ_SKATTBAR -> NLS.bind(EJ_SKATTBAR, fallmix.bedomda());
        };
    }

    /** The covariate's name ("Arbetsförmåga"), or its key. */
    public static String kovariat(String kovariat) {
        return text("kovariat." + kovariat, kovariat); //$NON-NLS-1$
    }

    /** The level's name ("Under 25 % eller oklar", "Kvinna"), or its code (an insatstyp's code). */
    public static String niva(String kovariat, String kod) {
        return text("niva." + kovariat + '.' + kod, text("niva." + kod, kod)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String text(String nyckel, String annars) {
        ResourceBundle texter = ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), Jamforelsetexter.class.getClassLoader());
        return texter.containsKey(nyckel) ? texter.getString(nyckel) : annars;
    }
}
