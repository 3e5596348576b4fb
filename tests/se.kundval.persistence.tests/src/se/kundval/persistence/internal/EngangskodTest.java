package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.persistence.internal.AutentiseringTest.ADMIN;
import static se.kundval.persistence.internal.AutentiseringTest.LOSENORD;
import static se.kundval.persistence.internal.AutentiseringTest.anvandare;
import static se.kundval.persistence.internal.AutentiseringTest.autentisera;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Roll;
import se.kundval.persistence.tests.Persistensmiljo;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * An anordnare user also gives a TOTP code at the server (DOMAIN §11): its secret is made when the user
 * is, a code is taken from the step before, now or after, and works once. The codes here come from
 * java-otp itself, with the parameters every authenticator app uses.
 */
class EngangskodTest {

    private static final String ORGNR = "5560360793";

    @RegisterExtension
    static final Persistensmiljo MILJO = new Persistensmiljo();

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void anordnarenGerEnEngangskodSomGallerEnGang(Testdatabas typ) throws InvalidKeyException {
        MILJO.anslut(typ);
        NyttKonto konto = Tjanster.hamta(Anvandarkonton.class).skapa(ADMIN, anvandare("anordnare1", Roll.ANORDNARE, ORGNR),
                LOSENORD.toCharArray());
        String hemlighet = konto.engangshemlighet();
        assertEquals(32, hemlighet.length(), "160 bits in Base32");
        assertEquals("otpauth://totp/Kundval:anordnare1?secret=" + hemlighet + "&issuer=Kundval", konto.otpauth().orElseThrow());
        Instant nu = Testklocka.fast(Testklocka.NU).instant();
        String kod = kod(hemlighet, nu);

        assertTrue(autentisera("anordnare1", LOSENORD, null).isEmpty(), "no code");
        assertTrue(autentisera("anordnare1", LOSENORD, annan(kod)).isEmpty(), "a wrong code");
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu.minusSeconds(90))).isEmpty(), "three steps old");
        assertTrue(autentisera("anordnare1", "fel", kod).isEmpty(), "the right code with a wrong password");
        Inloggning inloggad = autentisera("anordnare1", LOSENORD, kod(hemlighet, nu.minusSeconds(30))).orElseThrow(
                () -> new AssertionError("the step before is accepted, and the code was not used by the refused attempt"));
        assertEquals(ORGNR, inloggad.orgnr());
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu.minusSeconds(30))).isEmpty(), "replayed");
        assertTrue(autentisera("anordnare1", LOSENORD, kod).isPresent(), "a newer step");
        assertTrue(autentisera("anordnare1", LOSENORD, kod).isEmpty(), "replayed within its window");
        try (var klocka = Testklocka.stall(Testklocka.NU.plusSeconds(30))) {
            assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu.plusSeconds(30))).isPresent(), "the next step");
        }
        assertTrue(Tjanster.hamta(AnvandareService.class).loggaIn("anordnare1", LOSENORD.toCharArray()).isPresent(),
                "embedded, no code is asked (decision 0313)");
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void andraRollerHarIngenHemlighetOchGerIngenKod(Testdatabas typ) {
        MILJO.anslut(typ);
        NyttKonto konto = Tjanster.hamta(Anvandarkonton.class).skapa(ADMIN, anvandare("kv1", Roll.KARRIARVAGLEDARE, null),
                LOSENORD.toCharArray());
        assertNull(konto.engangshemlighet());
        assertTrue(konto.otpauth().isEmpty());
        assertTrue(autentisera("kv1", LOSENORD, null).isPresent());
        // an anordnare saved without a secret (as the demo's are) cannot log in to the server
        Tjanster.hamta(AnvandareService.class).spara(ADMIN, anvandare("utan", Roll.ANORDNARE, ORGNR), LOSENORD.toCharArray());
        assertTrue(autentisera("utan", LOSENORD, "123456").isEmpty());
        assertTrue(Tjanster.hamta(AnvandareService.class).loggaIn("utan", LOSENORD.toCharArray()).isPresent());
    }

    static String kod(String hemlighet, Instant tid) throws InvalidKeyException {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(hemlighet), totp.getAlgorithm()), tid,
                Locale.ROOT);
    }

    /** Another six digits. */
    private static String annan(String kod) {
        return String.format(Locale.ROOT, "%06d", (Integer.parseInt(kod) + 1) % 1_000_000);
    }
}
