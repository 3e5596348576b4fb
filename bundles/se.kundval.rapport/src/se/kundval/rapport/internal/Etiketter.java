package se.kundval.rapport.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Swedish names of the model's codes (avslutsorsak, utbildningsnivå, kön, område,
 * uppfyllnadsgrad) in etiketter.properties, keyed {@code Enum.LITERAL}, and of report sections'
 * columns, keyed {@code kolumn.<key>}; a code or key without a label is shown as it is.
 */
final class Etiketter {

    private final ResourceBundle etiketter = ResourceBundle.getBundle("se.kundval.rapport.internal.etiketter", //$NON-NLS-1$
            Locale.getDefault(), Etiketter.class.getClassLoader());

    /**
     * The label of a code given by its name (as the report's distributions hold it).
     *
     * @param typ the enum of the code, or null for free text such as språk, of which only
     *            {@code EJ_ANGIVET} has a label
     */
    String av(Class<? extends Enum<?>> typ, String kod) {
        String nyckel = typ == null ? kod : typ.getSimpleName() + '.' + kod;
        if (etiketter.containsKey(nyckel)) {
            return etiketter.getString(nyckel);
        }
        return etiketter.containsKey(kod) ? etiketter.getString(kod) : kod;
    }

    /** The heading of a section's column {@code kolumn.<key>}, or the key itself. */
    String kolumn(String nyckel) {
        String etikett = "kolumn." + nyckel; //$NON-NLS-1$
        return etiketter.containsKey(etikett) ? etiketter.getString(etikett) : nyckel;
    }
}
