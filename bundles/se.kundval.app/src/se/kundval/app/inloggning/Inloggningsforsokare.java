package se.kundval.app.inloggning;

import java.util.Optional;

import se.kundval.core.Inloggning;

/** One way to check a login, chosen in the dialog: the local database or a server. Runs off the UI thread. */
@FunctionalInterface
interface Inloggningsforsokare {

    /** The login, or empty for a wrong user name or password; the caller clears {@code losenord}. */
    Optional<Inloggning> logga(String anvandarnamn, char[] losenord);
}
