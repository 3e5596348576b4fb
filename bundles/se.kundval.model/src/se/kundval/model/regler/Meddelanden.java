package se.kundval.model.regler;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The validator's user-visible texts from messages.properties. Plain ResourceBundle rather than
 * OSGi NLS because the model bundle depends on EMF only.
 */
public final class Meddelanden {

    private static final String BUNDLE = "se.kundval.model.regler.messages"; //$NON-NLS-1$

    private Meddelanden() {
    }

    /** The message for a key; argument {0} is the field's label, the given arguments follow from {1}. */
    static String format(String nyckel, String falt, Object... argument) {
        Object[] alla = new Object[argument.length + 1];
        alla[0] = falt;
        System.arraycopy(argument, 0, alla, 1, argument.length);
        return new MessageFormat(text(nyckel), locale()).format(alla);
    }

    /** The field's Swedish label, e.g. "Personnummer" for Kund.personnummer. */
    public static String falt(EStructuralFeature feature) {
        String nyckel = "falt." + feature.getEContainingClass().getName() + '.' + feature.getName(); //$NON-NLS-1$
        try {
            return bundle().getString(nyckel);
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    /** The entity's Swedish name, e.g. "Månadsrapport". */
    public static String klass(String eClassName) {
        try {
            return bundle().getString("klass." + eClassName); //$NON-NLS-1$
        } catch (MissingResourceException e) {
            return eClassName;
        }
    }

    /** A sentence of the file with its arguments from {0}. */
    static String mening(String nyckel, Object... argument) {
        return new MessageFormat(text(nyckel), locale()).format(argument);
    }

    private static String text(String nyckel) {
        return bundle().getString(nyckel);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(), Meddelanden.class.getClassLoader());
    }

    private static Locale locale() {
        return Locale.getDefault();
    }
}
