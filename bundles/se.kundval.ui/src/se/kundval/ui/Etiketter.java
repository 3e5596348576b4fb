package se.kundval.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Swedish labels of the model's enumerations (etiketter.properties, keyed {@code Enum.LITERAL}).
 * Looked up by key rather than through one NLS field per literal, so that a literal added to the
 * model needs only a line in the properties file; until it has one the literal itself is shown.
 */
public final class Etiketter {

    private static final String BUNDLE = "se.kundval.ui.etiketter"; //$NON-NLS-1$

    private Etiketter() {
    }

    /** The label of an enumeration value; empty for null (nothing chosen, or unknown in the data). */
    public static String av(Enumerator varde) {
        if (varde == null) {
            return ""; //$NON-NLS-1$
        }
        String nyckel = enumnamn(varde) + '.' + varde.getLiteral();
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Etiketter.class.getClassLoader()).getString(nyckel);
        } catch (MissingResourceException e) {
            return varde.getLiteral();
        }
    }

    private static String enumnamn(Enumerator varde) {
        return varde instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : varde.getClass().getSimpleName();
    }
}
