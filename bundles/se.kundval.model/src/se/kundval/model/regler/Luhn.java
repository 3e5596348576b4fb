package se.kundval.model.regler;

/** The Luhn (mod 10) check digit used by personnummer, samordningsnummer and organisationsnummer. */
public final class Luhn {

    private Luhn() {
    }

    /** True when the digit string, whose last digit is the check digit, passes the Luhn test. */
    public static boolean giltig(CharSequence siffror) {
        int summa = 0;
        boolean dubbla = false;
        for (int i = siffror.length() - 1; i >= 0; i--) {
            char c = siffror.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (dubbla) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            summa += d;
            dubbla = !dubbla;
        }
        return siffror.length() > 0 && summa % 10 == 0;
    }

    /** The check digit that makes {@code utanKontrollsiffra} followed by it pass {@link #giltig}. */
    public static int kontrollsiffra(CharSequence utanKontrollsiffra) {
        for (int d = 0; d <= 9; d++) {
            if (giltig(utanKontrollsiffra.toString() + d)) {
                return d;
            }
        }
        throw new IllegalArgumentException("inga siffror: " + utanKontrollsiffra); //$NON-NLS-1$
    }
}
