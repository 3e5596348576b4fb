package se.kundval.persistence.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Salted PBKDF2 password hashes: {@code pbkdf2-sha256$iterations$salt$hash}, Base64. */
final class Losenord {

    private static final String ALGORITM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$
    private static final int VARV = 120_000;
    private static final SecureRandom SLUMP = new SecureRandom();

    private Losenord() {
    }

    static String hash(char[] losenord) {
        byte[] salt = new byte[16];
        SLUMP.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256$" + VARV + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(harled(losenord, salt, VARV)); //$NON-NLS-1$
    }

    static boolean stammer(char[] losenord, String lagrad) {
        if (lagrad == null) {
            return false;
        }
        String[] delar = lagrad.split("\\$"); //$NON-NLS-1$
        if (delar.length != 4 || !"pbkdf2-sha256".equals(delar[0])) { //$NON-NLS-1$
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] vantat = b64.decode(delar[3]);
        return MessageDigest.isEqual(vantat, harled(losenord, b64.decode(delar[2]), Integer.parseInt(delar[1])));
    }

    private static byte[] harled(char[] losenord, byte[] salt, int varv) {
        try {
            return SecretKeyFactory.getInstance(ALGORITM).generateSecret(new PBEKeySpec(losenord, salt, varv, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
