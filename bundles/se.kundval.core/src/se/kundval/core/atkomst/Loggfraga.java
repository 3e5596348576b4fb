package se.kundval.core.atkomst;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search of the access log: a period of days (both included) and optionally a user, a kund, an
 * action and one systematic selection.
 *
 * @param fran            first day
 * @param till            last day
 * @param anvandare       a user name, or null for all
 * @param kundId          a kund-id, or null for all
 * @param handling        an action, or null for all
 * @param urval           a systematic selection, or null for none
 * @param kunderPerDag    for {@link Loggurval#MANGA_KUNDER_PER_DAG}: more kunder opened alone in a day than this is unusual
 */
public record Loggfraga(LocalDate fran, LocalDate till, String anvandare, String kundId, Atkomsthandling handling,
        Loggurval urval, int kunderPerDag) {

    /** The limit of {@link Loggurval#MANGA_KUNDER_PER_DAG} when none is given (docs/decisions/0201-loggkontroll.md). */
    public static final int KUNDER_PER_DAG = 25;

    public Loggfraga {
        Objects.requireNonNull(fran, "fran"); //$NON-NLS-1$
        Objects.requireNonNull(till, "till"); //$NON-NLS-1$
        if (till.isBefore(fran)) {
            throw new IllegalArgumentException("till before fran"); //$NON-NLS-1$
        }
    }

    /** Every entry of the period. */
    public static Loggfraga period(LocalDate fran, LocalDate till) {
        return new Loggfraga(fran, till, null, null, null, null, KUNDER_PER_DAG);
    }

    public Loggfraga medAnvandare(String namn) {
        return new Loggfraga(fran, till, namn, kundId, handling, urval, kunderPerDag);
    }

    public Loggfraga medKund(String kund) {
        return new Loggfraga(fran, till, anvandare, kund, handling, urval, kunderPerDag);
    }

    public Loggfraga medHandling(Atkomsthandling h) {
        return new Loggfraga(fran, till, anvandare, kundId, h, urval, kunderPerDag);
    }

    public Loggfraga medUrval(Loggurval u) {
        return new Loggfraga(fran, till, anvandare, kundId, handling, u, kunderPerDag);
    }

    public Loggfraga medKunderPerDag(int grans) {
        return new Loggfraga(fran, till, anvandare, kundId, handling, urval, grans);
    }
}
