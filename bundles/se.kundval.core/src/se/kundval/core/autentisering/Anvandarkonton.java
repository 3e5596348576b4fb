package se.kundval.core.autentisering;

import se.kundval.core.Inloggning;
import se.kundval.model.Anvandare;

/**
 * Creating login accounts (DOMAIN §11, {@code anvandare ny}): the user, its password hash and, for
 * an anordnare, the TOTP secret, written together. The secret leaves the product only here, once.
 */
public interface Anvandarkonton {

    /**
     * Creates the user, administratör only.
     *
     * @throws se.kundval.core.ValideringException when the user breaks a model rule (an anordnare without a valid orgnr)
     * @throws se.kundval.core.KundvalException    when the user name is taken or the password empty
     */
    NyttKonto skapa(Inloggning vem, Anvandare anvandare, char[] losenord);

    /**
     * Gives an anordnare user a new TOTP secret, administratör only: the old one stops working at once,
     * and the new one is in the answer, the only time it is shown. For a site whose anordnare lost their
     * authenticator, and for a demo database, whose anordnare have none.
     *
     * @throws se.kundval.core.KundvalException when there is no such user, or it is no anordnare (only they give a code)
     */
    NyttKonto nyEngangshemlighet(Inloggning vem, String anvandarnamn);
}
