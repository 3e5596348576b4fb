package se.kundval.model.regler;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Personnummer and samordningsnummer in the 12-digit form {@code YYYYMMDDNNNC}. The check digit
 * is the Luhn digit over the last ten digits; a samordningsnummer has 60 added to the day.
 */
public final class Personnummer {

    private static final int SAMORDNING_DAG = 60;

    private Personnummer() {
    }

    /** Why the number is not a valid personnummer or samordningsnummer, or empty when it is. */
    public static Optional<Fel> kontrollera(String nummer) {
        if (nummer == null || nummer.isEmpty()) {
            return Optional.of(Fel.SAKNAS);
        }
        if (nummer.length() != 12 || !nummer.chars().allMatch(Character::isDigit)) {
            return Optional.of(Fel.FORMAT);
        }
        if (datum(nummer) == null) {
            return Optional.of(Fel.DATUM);
        }
        if (!Luhn.giltig(nummer.substring(2))) {
            return Optional.of(Fel.KONTROLLSIFFRA);
        }
        return Optional.empty();
    }

    public static boolean giltigt(String nummer) {
        return kontrollera(nummer).isEmpty();
    }

    public static boolean arSamordningsnummer(String nummer) {
        return nummer != null && nummer.length() == 12 && dag(nummer) > SAMORDNING_DAG;
    }

    /** The birth date the number encodes, or null for a number that does not encode one. */
    public static LocalDate fodelsedatum(String nummer) {
        if (nummer == null || nummer.length() != 12 || !nummer.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return datum(nummer);
    }

    /** {@code 19850312-****}: the form shown to users without the right to see the full number. */
    public static String maskerat(String nummer) {
        if (nummer == null || nummer.length() != 12) {
            return "****"; //$NON-NLS-1$
        }
        return nummer.substring(0, 8) + "-****"; //$NON-NLS-1$
    }

    /** {@code 19850312-1234}: the full number in its usual written form. */
    public static String formaterat(String nummer) {
        if (nummer == null || nummer.length() != 12) {
            return nummer;
        }
        return nummer.substring(0, 8) + '-' + nummer.substring(8);
    }

    private static LocalDate datum(String nummer) {
        int ar = Integer.parseInt(nummer.substring(0, 4));
        int manad = Integer.parseInt(nummer.substring(4, 6));
        int dag = dag(nummer);
        if (dag > SAMORDNING_DAG) {
            dag -= SAMORDNING_DAG;
        }
        try {
            return LocalDate.of(ar, manad, dag);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int dag(String nummer) {
        return Integer.parseInt(nummer.substring(6, 8));
    }

    /** What can be wrong with a number; the message text lives in the validator's messages. */
    public enum Fel {
        SAKNAS, FORMAT, DATUM, KONTROLLSIFFRA
    }
}
