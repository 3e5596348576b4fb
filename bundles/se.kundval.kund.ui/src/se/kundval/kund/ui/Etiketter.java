package se.kundval.kund.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Swedish labels of the model's enumerations (etiketter.properties, keyed {@code Enum.LITERAL}). Looked
 * up by key rather than through one NLS field per literal, so that a literal added to the model only
 * needs a line in the properties file; until it has one the literal itself is shown.
 */
final class Etiketter {

    private static final String BUNDLE = "se.kundval.kund.ui.etiketter"; //$NON-NLS-1$

    private Etiketter() {
    }

    /** The label of an enumeration value; empty for null (an unknown value in the data). */
    static String av(Enumerator varde) {
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

    /** The labels of the values in order, for a choice; with an empty first entry where no value is allowed. */
    static String[] alla(List<? extends Enumerator> varden, boolean medTomt) {
        List<String> etiketter = new ArrayList<>();
        if (medTomt) {
            etiketter.add(""); //$NON-NLS-1$
        }
        varden.forEach(v -> etiketter.add(av(v)));
        return etiketter.toArray(String[]::new);
    }

    /**
     * Turns what a user types to find an enumeration value into the stored form that the service
     * searches: the database holds names like {@code HOGSKOLA} and {@code EJ_ANGIVET}, the user types
     * "hög" or "ej angivet".
     */
    static String somLagrat(String text) {
        String utanDiakriter = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return utanDiakriter.strip().replaceAll("[\\s\\u2013-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String enumnamn(Enumerator varde) {
        return varde instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : varde.getClass().getSimpleName();
    }
}
