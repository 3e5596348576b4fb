package se.kundval.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** What a user may do; services check these, the UI only mirrors them. */
public enum Rattighet {
    LASA_KUNDER,
    SE_FULLSTANDIGT_PERSONNUMMER,
    REDIGERA_KUNDER,
    BEVILJA_INSATS,
    BEDOMA_AVSLUT,
    RAPPORTERA_SOM_ANORDNARE,
    GRANSKA_MANADSRAPPORT,
    ADMINISTRERA_ANORDNARE,
    ADMINISTRERA_PRISLISTA,
    ADMINISTRERA_ANVANDARE,
    IMPORTERA,
    EXPORTERA,
    KORA_ERSATTNING,
    LASA_RAPPORTER,
    HANTERA_KVALITET,
    /** The caseload's deadline limits, the same for every desk: the administratör's. */
    ADMINISTRERA_BEVAKNINGAR,
    GALLRA,
    GORA_REGISTERUTDRAG,
    /** Review the access log (DOMAIN §12): the loggranskare's only right. */
    GRANSKA_ATKOMSTLOGG,
    /** Mark or unmark a kund's skyddade personuppgifter (docs/decisions/0202-skyddade-personuppgifter.md). */
    MARKERA_SKYDDAD;

    private static final String BUNDLE = "se.kundval.core.rattigheter"; //$NON-NLS-1$

    /**
     * What the right lets a user do, in Swedish ("besluta om insatser"): a refusal names it instead of
     * the constant, which read "saknar behörighet: BEVILJA_INSATS".
     */
    public String beskrivning() {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Rattighet.class.getClassLoader()).getString(name());
        } catch (MissingResourceException e) {
            return name();
        }
    }
}
