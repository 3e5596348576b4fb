package se.kundval.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP as RFC 6238 and every authenticator app have it: HMAC-SHA1, 6 digits, 30-second steps; a code
 * of the step before or after is accepted too, for a phone's clock that is a little off. The
 * algorithm is java-otp's (decision 0312); this class only holds the parameters and the secret's form.
 */
final class Engangskod {

    static final Duration STEG = Duration.ofSeconds(30);
    private static final int SIFFROR = 6;
    private static final String ALGORITM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    /** 160 bits, the length RFC 4226 recommends for an HMAC-SHA1 key. */
    private static final int HEMLIGHET_BYTE = 20;
    private static final SecureRandom SLUMP = new SecureRandom();

    private Engangskod() {
    }

    /** A new secret in Base32 without padding, as authenticator apps read it. */
    static String nyHemlighet() {
        byte[] hemlighet = new byte[HEMLIGHET_BYTE];
        SLUMP.nextBytes(hemlighet);
        return new Base32().encodeToString(hemlighet).replace("=", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The time step of {@code nu}: seconds since the epoch in 30-second steps. */
    static long tidssteg(Instant nu) {
        return Math.floorDiv(nu.getEpochSecond(), STEG.toSeconds());
    }

    /** The step among now −1, now and now +1 whose code the given code is, or empty. */
    static OptionalLong steg(String hemlighet, String kod, Instant nu) {
        if (kod == null) {
            return OptionalLong.empty();
        }
        byte[] given = kod.replace(" ", "").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$ //$NON-NLS-2$
        Key nyckel = new SecretKeySpec(new Base32().decode(hemlighet), ALGORITM);
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEG, SIFFROR, ALGORITM);
        long aktuellt = tidssteg(nu);
        OptionalLong traff = OptionalLong.empty();
        for (long steg = aktuellt - 1; steg <= aktuellt + 1; steg++) {
            byte[] vantad = kod(totp, nyckel, steg).getBytes(StandardCharsets.US_ASCII);
            // every step is compared, and in constant time, so the answer's time says nothing about the code
            if (MessageDigest.isEqual(vantad, given) && traff.isEmpty()) {
                traff = OptionalLong.of(steg);
            }
        }
        return traff;
    }

    private static String kod(TimeBasedOneTimePasswordGenerator totp, Key nyckel, long steg) {
        try {
            return totp.generateOneTimePasswordString(nyckel, Instant.ofEpochSecond(steg * STEG.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
