package se.kundval.persistence.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes: {@code pbkdf2-sha256$iterations$salt$hash}, Base64. New hashes
 * take {@value #VARV} rounds (DOMAIN §11, OWASP's figure for PBKDF2-SHA256); a hash stored with
 * fewer still checks, and the login replaces it (docs/decisions/0311-losenord-och-lasning.md).
 */
final class Losenord {

    static final int VARV = 600_000;
    private static final String ALGORITM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$
    private static final String PREFIX = "pbkdf2-sha256"; //$NON-NLS-1$
    private static final SecureRandom SLUMP = new SecureRandom();

    private Losenord() {
    }

    static String hash(char[] losenord) {
        return hash(losenord, VARV);
    }

    static String hash(char[] losenord, int varv) {
        byte[] salt = new byte[16];
        SLUMP.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + '$' + varv + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(harled(losenord, salt, varv));
    }

    static boolean stammer(char[] losenord, String lagrad) {
        String[] delar = delar(lagrad);
        if (delar.length == 0) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] vantat = b64.decode(delar[3]);
        return MessageDigest.isEqual(vantat, harled(losenord, b64.decode(delar[2]), Integer.parseInt(delar[1])));
    }

    /** The rounds of a stored hash, 0 for none. */
    static int varv(String lagrad) {
        String[] delar = delar(lagrad);
        return delar.length == 0 ? 0 : Integer.parseInt(delar[1]);
    }

    /** Whether the hash is weaker than a new one would be, and the login should replace it. */
    static boolean forSvag(String lagrad) {
        return varv(lagrad) < VARV;
    }

    private static String[] delar(String lagrad) {
        if (lagrad == null) {
            return new String[0];
        }
        String[] delar = lagrad.split("\\$"); //$NON-NLS-1$
        return delar.length == 4 && PREFIX.equals(delar[0]) ? delar : new String[0];
    }

    private static byte[] harled(char[] losenord, byte[] salt, int varv) {
        try {
            return SecretKeyFactory.getInstance(ALGORITM).generateSecret(new PBEKeySpec(losenord, salt, varv, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hash of a random password that no one knows, made once: an unknown user name is checked
     * against it, so that the answer costs the same work as for a known user (DOMAIN §11).
     */
    static final class Attrapp {
        static final String HASH = hash(slumpat());

        private Attrapp() {
        }

        private static char[] slumpat() {
            byte[] b = new byte[24];
            SLUMP.nextBytes(b);
            return Base64.getEncoder().encodeToString(b).toCharArray();
        }
    }
}
