package se.kundval.portal.tests;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP codes as a person's authenticator app computes them (RFC 6238: HMAC-SHA1, 30 seconds, six
 * digits) from the secret the server printed, so the test logs in the way a coach does.
 */
final class Engangskoder {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Engangskoder() {
    }

    static String kod(String hemlighet, Instant nu) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(hemlighet), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(nu.getEpochSecond() / 30).array());
            int start = h[h.length - 1] & 0x0f;
            int tal = ((h[start] & 0x7f) << 24) | ((h[start + 1] & 0xff) << 16) | ((h[start + 2] & 0xff) << 8) | (h[start + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", tal % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] base32(String text) {
        String s = text.replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer ut = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffert = 0;
        int bitar = 0;
        for (char c : s.toCharArray()) {
            buffert = (buffert << 5) | BASE32.indexOf(c);
            bitar += 5;
            if (bitar >= 8) {
                ut.put((byte) (buffert >> (bitar - 8)));
                bitar -= 8;
            }
        }
        return ut.array();
    }
}
