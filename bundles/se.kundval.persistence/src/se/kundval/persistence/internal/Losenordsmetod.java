package se.kundval.persistence.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningskonto;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetod;
import se.kundval.model.Roll;

/**
 * The first login method (DOMAIN §11, contributed in this bundle's plugin.xml): the password, and
 * for an anordnare user also a TOTP code of its secret, each code usable once. Embedded, the code is
 * not asked for (docs/decisions/0313-engangskod-bara-mot-servern.md).
 */
public class Losenordsmetod implements Inloggningsmetod {

    @Override
    public boolean galler(Roll roll) {
        return true;
    }

    @Override
    public boolean godkanner(Inloggningsforsok forsok, Inloggningskonto konto, Inloggningslage lage, Instant nu) {
        if (!konto.losenordStammer(forsok.losenord())) {
            return false;
        }
        if (konto.roll() != Roll.ANORDNARE || lage == Inloggningslage.INBADDAD) {
            return true;
        }
        Optional<String> hemlighet = konto.engangshemlighet();
        if (hemlighet.isEmpty()) {
            // an anordnare without a secret cannot give a code, so it cannot log in to the server
            return false;
        }
        OptionalLong steg = Engangskod.steg(hemlighet.get(), forsok.engangskod(), nu);
        return steg.isPresent() && konto.forbrukaTidssteg(steg.getAsLong());
    }
}
