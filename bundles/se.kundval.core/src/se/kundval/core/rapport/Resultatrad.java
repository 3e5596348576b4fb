package se.kundval.core.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The measures of DOMAIN §7 for one row of the kvalitetsrapport (all insatser, one insatstyp or one
 * anordnare). A kund counts once per row however many of its insatser fall in the row.
 *
 * @param kunder             unique kunder with an insats in the period
 * @param insatser           insatser active in the period or ended in it
 * @param startade           of those, the insatser started (påbörjade) in the period
 * @param kon                the kunder by kön (KVINNA, MAN, ANNAT, EJ_ANGIVET)
 * @param utbildningsniva    the kunder by utbildningsnivå
 * @param sprak              the kunder by språk (lower case; EJ_ANGIVET when unknown)
 * @param avslut             avslut dated in the period
 * @param avslutsorsaker     those avslut by avslutsorsak
 * @param lyckade            avslut whose current bedömning says lyckat, of all avslut
 * @param obedomda           avslut not yet judged; they count as not lyckat in {@code lyckade}
 * @param bonusgrundande     avslut whose current bedömning says bonusgrundande
 * @param maluppfyllelse     avslut meeting the type's målsättning, of all avslut
 * @param dagarTillLyckat    days from start to avslut of the lyckade avslut
 * @param effekt             of the lyckade avslut, those in egen försörjning 6, 12 and 24 months after
 */
public record Resultatrad(int kunder, int insatser, int startade, Fordelning kon, Fordelning utbildningsniva, Fordelning sprak,
        int avslut, Fordelning avslutsorsaker, Andel lyckade, int obedomda, int bonusgrundande, Andel maluppfyllelse,
        Medelvarde dagarTillLyckat, Effekt effekt) {

    /** Insatser per kund with two decimals, or null for a row without kunder. */
    public BigDecimal insatserPerKund() {
        return kunder == 0 ? null : BigDecimal.valueOf(insatser).divide(BigDecimal.valueOf(kunder), 2, RoundingMode.HALF_UP);
    }

    public Andel kvinnor() {
        return kon.andel("KVINNA"); //$NON-NLS-1$
    }

    public Andel man() {
        return kon.andel("MAN"); //$NON-NLS-1$
    }
}
