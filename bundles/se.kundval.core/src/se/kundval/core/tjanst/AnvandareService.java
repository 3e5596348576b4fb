package se.kundval.core.tjanst;

import java.util.List;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Anvandare;

/** Users and login; passwords are stored only as salted hashes. */
public interface AnvandareService {

    /** The login for a user name and password, or empty when they do not match an active user. */
    Optional<Inloggning> loggaIn(String anvandarnamn, char[] losenord);

    List<Anvandare> alla(Inloggning vem);

    /** Saves a user; a non-null password replaces the stored hash. */
    Anvandare spara(Inloggning vem, Anvandare anvandare, char[] nyttLosenord);
}
