package se.kundval.core.dataskydd;

import java.time.LocalDate;

import se.kundval.model.regler.Personnummer;

/**
 * The two rules of DOMAIN §12 that decide whether a personakt goes (SoL 12 kap. 1 §): five years
 * after its last entry, except for persons born on the 5th, 15th or 25th of a month, whose akter
 * are kept for research.
 */
public final class Gallringsregel {

    /** Years an akt is kept after its last entry. */
    public static final int AR = 5;

    private Gallringsregel() {
    }

    /** {@code last + 5 years <= day}: on the fifth anniversary of the last entry the akt is due. */
    public static boolean forfallen(LocalDate senastePost, LocalDate per) {
        return !senastePost.plusYears(AR).isAfter(per);
    }

    /**
     * Born on the 5th, 15th or 25th: {@link Personnummer#fodelsedatum} already takes 60 off the day of
     * a samordningsnummer. A number that encodes no birth day keeps nobody for research.
     */
    public static boolean sparasForForskning(String personnummer) {
        LocalDate fodd = Personnummer.fodelsedatum(personnummer);
        if (fodd == null) {
            return false;
        }
        int dag = fodd.getDayOfMonth();
        return dag == 5 || dag == 15 || dag == 25;
    }
}
