package se.kundval.core.tests;

import java.time.Instant;
import java.util.Arrays;

import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningskonto;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetod;
import se.kundval.model.Roll;

/**
 * A login method as an e-legitimation plugin would contribute it: for anordnare only, accepting a
 * proof that names the account's user (a real one verifies a signed SAML response or OIDC token).
 */
public class Provinloggning implements Inloggningsmetod {

    @Override
    public boolean galler(Roll roll) {
        return roll == Roll.ANORDNARE;
    }

    @Override
    public boolean godkanner(Inloggningsforsok forsok, Inloggningskonto konto, Inloggningslage lage, Instant nu) {
        return Arrays.equals(forsok.losenord(), ("intyg:" + konto.anvandarnamn()).toCharArray());
    }
}
