package se.kundval.core;

import org.eclipse.osgi.util.NLS;

/** The user lacks the right for what was asked, or asked for data outside its reach. */
public class AtkomstNekadException extends KundvalException {

    private static final long serialVersionUID = 1L;

    public AtkomstNekadException(Inloggning vem, Rattighet rattighet) {
        super(NLS.bind(Messages.atkomstNekadRattighet, vem.anvandarnamn(), rattighet.beskrivning()));
    }

    public AtkomstNekadException(String message) {
        super(message);
    }
}
