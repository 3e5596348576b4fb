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
}
