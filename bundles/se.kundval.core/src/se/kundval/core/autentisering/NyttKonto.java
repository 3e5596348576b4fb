package se.kundval.core.autentisering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import se.kundval.model.Anvandare;

/**
 * A user just created, with its TOTP secret when it has one: the only time the secret is shown.
 *
 * @param anvandare        the saved user
 * @param engangshemlighet the TOTP secret in Base32, or null for a role that gives no code
 */
public record NyttKonto(Anvandare anvandare, String engangshemlighet) {

    /** The issuer an authenticator app shows beside the code. */
    public static final String UTFARDARE = "Kundval"; //$NON-NLS-1$

    /**
     * The secret as an authenticator app reads it (Key Uri Format):
     * {@code otpauth://totp/Kundval:NAMN?secret=…&issuer=Kundval}; SHA-1, 6 digits and 30 seconds
     * are the format's defaults, so every app gets them without further parameters.
     */
    public Optional<String> otpauth() {
        if (engangshemlighet == null) {
            return Optional.empty();
        }
        String namn = URLEncoder.encode(anvandare.getAnvandarnamn(), StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
        return Optional.of("otpauth://totp/" + UTFARDARE + ':' + namn + "?secret=" + engangshemlighet + "&issuer=" + UTFARDARE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
