package se.kundval.arendelista.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Each user's layout of Mina kunder: column widths, order, hidden columns and sort column, as NatTable
 * saves them, kept in the instance preferences per user name. Kept in preferences rather than in the
 * part's persisted state because several users may share one workstation and because the saved
 * workbench model is set aside when an upgrade changes the application model; a user's columns
 * should survive both. A layout saved for other columns (an older version) is ignored.
 */
final class Tabellayout {

    private static final String NOD = "se.kundval.arendelista.ui"; //$NON-NLS-1$
    private static final String PREFIX = "minaKunder"; //$NON-NLS-1$
    private static final String KOLUMNER = "kolumner"; //$NON-NLS-1$

    private final Arendetabell tabell;

    Tabellayout(Arendetabell tabell) {
        this.tabell = tabell;
    }

    /** Saves the table's current layout as the user's. */
    void spara(String anvandarnamn) {
        Properties p = new Properties();
        tabell.dolda().saveState(PREFIX, p);
        tabell.sortering().saveState(PREFIX, p);
        p.setProperty(KOLUMNER, kolumner());
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(NOD);
        nod.put(nyckel(anvandarnamn), text.toString());
        try {
            nod.flush();
        } catch (BackingStoreException e) {
            // the layout is a convenience: losing it must not disturb the user's work
            ILog.of(Tabellayout.class).warn("could not save the layout of Mina kunder", e); //$NON-NLS-1$
        }
    }

    /** Gives the table the user's saved layout; the default one when none is saved. */
    void las(String anvandarnamn) {
        String sparad = InstanceScope.INSTANCE.getNode(NOD).get(nyckel(anvandarnamn), null);
        Properties p = new Properties();
        if (sparad != null) {
            try {
                p.load(new StringReader(sparad));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!kolumner().equals(p.getProperty(KOLUMNER))) {
            standard();
            return;
        }
        tabell.dolda().loadState(PREFIX, p);
        tabell.anpassaBredder();
        tabell.sortering().loadState(PREFIX, p);
    }

    /** Every column shown, in the default order and width, unsorted. */
    void standard() {
        tabell.dolda().showAllColumns();
        for (Arendekolumn k : Arendekolumn.values()) {
            int fran = tabell.ordning().getColumnPositionByIndex(k.ordinal());
            if (fran != k.ordinal()) {
                tabell.ordning().reorderColumnPosition(fran, k.ordinal());
            }
        }
        tabell.sortering().getSortModel().clear();
        tabell.standardbredder();
    }

    private static String nyckel(String anvandarnamn) {
        return "layout." + anvandarnamn; //$NON-NLS-1$
    }

    private static String kolumner() {
        return Stream.of(Arendekolumn.values()).map(Enum::name).collect(Collectors.joining(",")); //$NON-NLS-1$
    }
}
