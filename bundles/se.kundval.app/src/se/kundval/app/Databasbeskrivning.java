package se.kundval.app;

import se.kundval.core.tjanst.Databasanslutning;

/**
 * A database as the user thinks of it: the file of an embedded one, the Kundval server's address in
 * shared mode, the server URL otherwise.
 */
public final class Databasbeskrivning {

    private Databasbeskrivning() {
    }

    public static String av(Databasanslutning anslutning) {
        if (anslutning.jdbcUrl().startsWith("https://")) { //$NON-NLS-1$
            // the address as the user typed it in the login dialog, without the path's slash
            return anslutning.jdbcUrl().replaceFirst("/$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String url = anslutning.toString();
        if (anslutning.arInbaddad()) {
            url = url.replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return url;
    }
}
