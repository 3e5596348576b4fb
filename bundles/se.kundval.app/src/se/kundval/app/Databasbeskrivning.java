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
            return anslutning.jdbcUrl();
        }
        String url = anslutning.toString();
        if (anslutning.arInbaddad()) {
            url = url.replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return url;
    }
}
