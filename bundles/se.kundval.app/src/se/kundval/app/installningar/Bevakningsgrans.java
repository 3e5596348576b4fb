package se.kundval.app.installningar;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import se.kundval.app.Messages;
import se.kundval.core.bevakning.Bevakningsgranser;

/**
 * The deadline limits of DOMAIN §8 that the user can change, under the names the deadline sources
 * read (se.kundval.uppfoljning's Frister, se.kundval.avslut's ObedomdaAvslut) and with the defaults
 * those sources use when nothing is set. Kept in the database for the whole kundval (decision 0253).
 */
enum Bevakningsgrans {
    GENOMFORANDEPLAN("genomforandeplan", 30, 1, 365, Messages.gransGenomforandeplan), //$NON-NLS-1$
    MANADSRAPPORT_DAG("manadsrapportDag", 10, 1, 28, Messages.gransManadsrapportDag), //$NON-NLS-1$
    SLUTAR_INOM("slutarInom", 30, 1, 365, Messages.gransSlutarInom), //$NON-NLS-1$
    SJUK_UTAN_INTYG("sjukUtanIntyg", 8, 1, 31, Messages.gransSjukUtanIntyg), //$NON-NLS-1$
    AVSLUTSBEDOMNING("avslutsbedomning", 14, 1, 365, Messages.gransAvslutsbedomning), //$NON-NLS-1$
    FRAMFORHALLNING("framforhallning", 30, 0, 365, Messages.gransFramforhallning); //$NON-NLS-1$

    private final String namn;
    private final int standard;
    private final int minst;
    private final int hogst;
    private final String etikett;

    Bevakningsgrans(String namn, int standard, int minst, int hogst, String etikett) {
        this.namn = namn;
        this.standard = standard;
        this.minst = minst;
        this.hogst = hogst;
        this.etikett = etikett;
    }

    String namn() {
        return namn;
    }

    int standard() {
        return standard;
    }

    int minst() {
        return minst;
    }

    int hogst() {
        return hogst;
    }

    String etikett() {
        return etikett;
    }

    /** The limits as saved for the kundval, the defaults where nothing is saved. */
    static Map<Bevakningsgrans, Integer> av(Bevakningsgranser sparade) {
        Map<Bevakningsgrans, Integer> granser = new EnumMap<>(Bevakningsgrans.class);
        for (Bevakningsgrans g : values()) {
            granser.put(g, sparade.dagar(g.namn, g.standard));
        }
        return granser;
    }

    /** The limits by the names the deadline sources read. */
    static Map<String, Integer> dagar(Map<Bevakningsgrans, Integer> granser) {
        Map<String, Integer> dagar = new HashMap<>();
        granser.forEach((g, d) -> dagar.put(g.namn, d));
        return dagar;
    }
}
