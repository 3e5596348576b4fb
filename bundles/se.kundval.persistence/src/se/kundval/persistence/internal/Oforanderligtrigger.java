package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.h2.api.Trigger;

/**
 * H2's counterpart of PostgreSQL's {@code atkomstlogg_oforanderlig()} (V011): refuses every
 * UPDATE and DELETE of an access-log entry or a review (migration {@code h2/V150}), so no SQL
 * client of the embedded file rewrites who looked at which kund. H2 creates it by name through
 * {@link H2triggrar}; it holds nothing.
 */
public final class Oforanderligtrigger implements Trigger {

    /** Whatever class H2 names in the message, the SQL state says what PostgreSQL says: not allowed. */
    private static final String INTE_TILLATET = "42501"; //$NON-NLS-1$

    private String tabell;

    @Override
    public void init(Connection anslutning, String schema, String trigger, String tabellnamn, boolean fore, int typ) {
        this.tabell = tabellnamn;
    }

    @Override
    public void fire(Connection anslutning, Object[] gammal, Object[] ny) throws SQLException {
        throw new SQLException(NLS.bind(Messages.atkomstloggenOforanderlig, tabell), INTE_TILLATET);
    }
}
