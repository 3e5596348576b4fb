package se.kundval.app.installningar;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import se.kundval.app.Messages;
import se.kundval.core.KundvalException;
import se.kundval.core.bevakning.Bevakningsgranser;

/**
 * The deadline limits of DOMAIN §8 that the user can change, under the names the deadline sources
 * read (se.kundval.uppfoljning's Frister, se.kundval.avslut's ObedomdaAvslut) and with the defaults
 * those sources use when nothing is set. Stored as integers in {@link Bevakningsgranser#PREFERENSNOD}.
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

    /** The user's limits, the defaults where nothing is saved. */
    static Map<Bevakningsgrans, Integer> las() {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(Bevakningsgranser.PREFERENSNOD);
        Map<Bevakningsgrans, Integer> granser = new EnumMap<>(Bevakningsgrans.class);
        for (Bevakningsgrans g : values()) {
            granser.put(g, nod.getInt(g.namn, g.standard));
        }
        return granser;
    }

    /** Saves every limit; the caseload listens to the node and reads its kunder again. */
    static void spara(Map<Bevakningsgrans, Integer> granser) {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(Bevakningsgranser.PREFERENSNOD);
        granser.forEach((g, dagar) -> nod.putInt(g.namn, dagar));
        try {
            nod.flush();
        } catch (BackingStoreException e) {
            throw new KundvalException(Messages.kundeInteSparaInstallningar + ' ' + e.getMessage(), e);
        }
    }
}
