package se.kundval.app.inloggning;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the login dialog offers the next time: local database or server, the server's address and the
 * user name, kept in the instance preferences of se.kundval.app. Never the password or engångskod
 * (DOMAIN §11: nothing on a client machine that lets someone else in).
 *
 * @param server true when the user logged in on a server
 * @param adress the server's address, also kept while the user works locally
 */
record Senasteinloggning(boolean server, String adress, String anvandare) {

    private static final String NOD = "se.kundval.app"; //$NON-NLS-1$
    private static final String LAGE = "inloggning.server"; //$NON-NLS-1$
    private static final String ADRESS = "inloggning.adress"; //$NON-NLS-1$
    private static final String ANVANDARE = "inloggning.anvandare"; //$NON-NLS-1$

    static Senasteinloggning las() {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(NOD);
        return new Senasteinloggning(nod.getBoolean(LAGE, false), nod.get(ADRESS, ""), nod.get(ANVANDARE, "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Saved after a login that worked; a failure to save costs only the convenience, so it is not shown. */
    void spara() {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(NOD);
        nod.putBoolean(LAGE, server);
        nod.put(ADRESS, adress);
        nod.put(ANVANDARE, anvandare);
        try {
            nod.flush();
        } catch (BackingStoreException e) {
            // the next login starts with empty fields: nothing is lost but typing
        }
    }
}
