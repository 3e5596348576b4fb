package se.kundval.core.dataskydd;

/**
 * The age bands of the case-mix model (DOMAIN §13: 18–24, 25–34, 35–44, 45–54, 55+). A gallrad
 * insats keeps only its band, stored as the band's lowest age, which every reader bands the same.
 */
public final class Aldersband {

    private static final int[] NEDRE = {55, 45, 35, 25};

    private Aldersband() {
    }

    /** The lowest age of the band the age falls in; an age under 18 (a registration slip) falls in 18–24. */
    public static int nedreGrans(int alder) {
        for (int grans : NEDRE) {
            if (alder >= grans) {
                return grans;
            }
        }
        return 18;
    }
}
