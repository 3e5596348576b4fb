package se.kundval.model.regler;

import java.util.Optional;

/** Organisationsnummer: ten digits, the last a Luhn check digit (DOMAIN §2). */
public final class Organisationsnummer {

    private Organisationsnummer() {
    }

    public static Optional<Personnummer.Fel> kontrollera(String nummer) {
        if (nummer == null || nummer.isEmpty()) {
            return Optional.of(Personnummer.Fel.SAKNAS);
        }
        if (nummer.length() != 10 || !nummer.chars().allMatch(Character::isDigit)) {
            return Optional.of(Personnummer.Fel.FORMAT);
        }
        if (!Luhn.giltig(nummer)) {
            return Optional.of(Personnummer.Fel.KONTROLLSIFFRA);
        }
        return Optional.empty();
    }

    public static boolean giltigt(String nummer) {
        return kontrollera(nummer).isEmpty();
    }

    /** {@code 556677-8899}. */
    public static String formaterat(String nummer) {
        if (nummer == null || nummer.length() != 10) {
            return nummer;
        }
        return nummer.substring(0, 6) + '-' + nummer.substring(6);
    }
}
