package se.kundval.app;

import se.kundval.model.Roll;

/** The roles as the user reads them, in lower case as they appear after a name. */
public final class Rollnamn {

    private Rollnamn() {
    }

    public static String av(Roll roll) {
        return switch (roll) {
            case KARRIARVAGLEDARE -> Messages.rollKarriarvagledare;
            case HANDLAGGARE -> Messages.rollHandlaggare;
            case ANORDNARE -> Messages.rollAnordnare;
            case KVALITETSUTVECKLARE -> Messages.rollKvalitetsutvecklare;
            case ADMINISTRATOR -> Messages.rollAdministrator;
            case LOGGRANSKARE -> Messages.rollLoggranskare;
        };
    }
}
