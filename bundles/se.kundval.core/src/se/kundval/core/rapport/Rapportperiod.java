package se.kundval.core.rapport;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The period a kvalitetsrapport covers, both days included. Any period works; a calendar year and
 * a tertial (four months, as the municipality reports "tertial I 2018") are the presets.
 *
 * @param fran the first day
 * @param till the last day
 */
public record Rapportperiod(LocalDate fran, LocalDate till) {

    public Rapportperiod {
        Objects.requireNonNull(fran, "fran"); //$NON-NLS-1$
        Objects.requireNonNull(till, "till"); //$NON-NLS-1$
        if (till.isBefore(fran)) {
            throw new IllegalArgumentException("till " + till + " is before fran " + fran); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The calendar year. */
    public static Rapportperiod ar(int ar) {
        return new Rapportperiod(LocalDate.of(ar, 1, 1), LocalDate.of(ar, 12, 31));
    }

    /** Tertial 1 (January–April), 2 (May–August) or 3 (September–December) of the year. */
    public static Rapportperiod tertial(int ar, int tertial) {
        if (tertial < 1 || tertial > 3) {
            throw new IllegalArgumentException("tertial must be 1, 2 or 3: " + tertial); //$NON-NLS-1$
        }
        LocalDate fran = LocalDate.of(ar, 4 * (tertial - 1) + 1, 1);
        return new Rapportperiod(fran, fran.plusMonths(4).minusDays(1));
    }

    public boolean innehaller(LocalDate dag) {
        return dag != null && !dag.isBefore(fran) && !dag.isAfter(till);
    }

    /**
     * The calendar years the period touches: the kundundersökning and tillsyn are made per year,
     * so a report shows those of every year it touches.
     */
    public int[] ar() {
        return IntStream.rangeClosed(fran.getYear(), till.getYear()).toArray();
    }
}
