package se.kundval.core.utbyte;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

/**
 * The field formats of the interchange files (DOMAIN §9): ISO dates, booleans J/N, empty for
 * unknown. Parsing throws {@link Formatfel} with a Swedish message naming the column and value.
 */
public final class Utbytesformat {

    private Utbytesformat() {
    }

    /** An ISO date {@code YYYY-MM-DD}, or null for an empty field. */
    public static LocalDate datum(String kolumn, String varde) {
        if (varde == null || varde.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(varde);
        } catch (DateTimeParseException e) {
            throw new Formatfel(NLS.bind(Messages.ogiltigtDatum, kolumn, varde));
        }
    }

    /** A month {@code YYYY-MM}. */
    public static YearMonth manad(String kolumn, String varde) {
        try {
            return YearMonth.parse(varde);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Formatfel(NLS.bind(Messages.ogiltigManad, kolumn, varde));
        }
    }

    /** J or N, or null for an empty field. */
    public static Boolean jn(String kolumn, String varde) {
        if (varde == null || varde.isEmpty()) {
            return null;
        }
        return switch (varde) {
            case "J" -> Boolean.TRUE; //$NON-NLS-1$
            case "N" -> Boolean.FALSE; //$NON-NLS-1$
            default -> throw new Formatfel(NLS.bind(Messages.ogiltigtJN, kolumn, varde));
        };
    }

    public static String jn(Boolean varde) {
        return varde == null ? "" : varde ? "J" : "N"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static String text(Object varde) {
        return varde == null ? "" : varde.toString(); //$NON-NLS-1$
    }

    /** A field that does not follow its format; the message names the column and the value. */
    public static final class Formatfel extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public Formatfel(String meddelande) {
            super(meddelande);
        }
    }
}
