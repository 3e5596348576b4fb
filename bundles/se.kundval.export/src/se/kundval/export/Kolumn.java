package se.kundval.export;

import java.util.Objects;

/**
 * A column of a {@link Tabell}.
 *
 * @param rubrik    the heading
 * @param typ       how the values are shown
 * @param decimaler the decimals of a {@link Kolumntyp#DECIMAL} column
 */
public record Kolumn(String rubrik, Kolumntyp typ, int decimaler) {

    public Kolumn {
        Objects.requireNonNull(rubrik, "rubrik"); //$NON-NLS-1$
        Objects.requireNonNull(typ, "typ"); //$NON-NLS-1$
    }

    public static Kolumn text(String rubrik) {
        return new Kolumn(rubrik, Kolumntyp.TEXT, 0);
    }

    public static Kolumn heltal(String rubrik) {
        return new Kolumn(rubrik, Kolumntyp.HELTAL, 0);
    }

    public static Kolumn decimal(String rubrik, int decimaler) {
        return new Kolumn(rubrik, Kolumntyp.DECIMAL, decimaler);
    }

    public static Kolumn andel(String rubrik) {
        return new Kolumn(rubrik, Kolumntyp.ANDEL, 1);
    }

    public static Kolumn belopp(String rubrik) {
        return new Kolumn(rubrik, Kolumntyp.BELOPP, 2);
    }

    public static Kolumn datum(String rubrik) {
        return new Kolumn(rubrik, Kolumntyp.DATUM, 0);
    }

    /** True for the columns whose values are numbers (right-aligned, numeric cells). */
    public boolean numerisk() {
        return typ != Kolumntyp.TEXT && typ != Kolumntyp.DATUM;
    }
}
