package se.kundval.testsupport;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * The TOTP code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) an anordnare's authenticator app
 * shows for a secret at an instant, so that a test can log in as an anordnare on the server. Written
 * from the RFC rather than with the product's library on purpose: a test that computed its codes with
 * the code under test could not notice that both got the RFC wrong.
 */
public final class Engangskoder {

    private static final long STEG_SEKUNDER = 30;
    private static final int SIFFROR = 1_000_000;

    private Engangskoder() {
    }

    /** The code for the Base32 secret {@code hemlighet} at {@code tid}. */
    public static String kod(String hemlighet, Instant tid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(hemlighet), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(tid.getEpochSecond() / STEG_SEKUNDER).array());
            int forskjutning = hash[hash.length - 1] & 0x0f;
            int tal = ByteBuffer.wrap(hash, forskjutning, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format("%06d", tal % SIFFROR);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("HmacSHA1 is part of every JDK", e);
        }
    }
}
