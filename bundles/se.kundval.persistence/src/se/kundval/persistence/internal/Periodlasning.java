package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import se.kundval.model.tid.Insatsperiod;

/**
 * The streamed read of the insatser active during a period that the payment run and the reports
 * share (docs/decisions/0320-ersattningens-smala-lasvag.md): the query names candidates (started by
 * the period's end, not closed before its start, as its two parameters), and each row is kept when its
 * period, with E' computed as {@link Insatsperiod} does, overlaps the period or its avslut falls in it.
 * Further parameters of a narrower query (an anordnare's own orgnr) follow the two.
 */
final class Periodlasning {

    /** One row of the query as the caller's record. */
    @FunctionalInterface
    interface Rad<T> {
        T av(ResultSet rs) throws SQLException;
    }

    /** What the caller does with each row of the candidates, itself deciding which to keep. */
    @FunctionalInterface
    interface Radlasare {
        void las(ResultSet rs) throws SQLException;
    }

    /**
     * One query in the dialect of each database: PostgreSQL hashes set-based joins, H2 only nests
     * loops, so a read fast on one is slow on the other (docs/decisions/0420-en-lasning-per-databas.md).
     */
    record Fraga(String h2, String postgresql) {

        String text(Connection c) throws SQLException {
            return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL") ? postgresql : h2; //$NON-NLS-1$
        }
    }

    private static final int HAMTSTORLEK = 5000;

    private Periodlasning() {
    }

    static <T> void las(Sessionskalla databas, Fraga fraga, LocalDate fran, LocalDate till, Rad<T> rad,
            Function<T, Insatsperiod> period, Consumer<T> mottagare, String... fler) {
        las(databas, fraga, fran, till, rs -> {
            T fakta = rad.av(rs);
            if (under(period.apply(fakta), fran, till)) {
                mottagare.accept(fakta);
            }
        }, fler);
    }

    static void las(Sessionskalla databas, Fraga fraga, LocalDate fran, LocalDate till, Radlasare lasare, String... fler) {
        // in a transaction so that PostgreSQL streams the rows (it only honours the fetch size then)
        databas.iTransaktion(s -> s.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(fraga.text(c), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(HAMTSTORLEK);
                ps.setDate(1, Date.valueOf(till));
                ps.setDate(2, Date.valueOf(fran));
                for (int i = 0; i < fler.length; i++) {
                    ps.setString(3 + i, fler[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lasare.las(rs);
                    }
                }
            }
            return null;
        }));
    }

    /** The insats belongs to [fran, till]: active some day of it, or its avslut dated in it. */
    static boolean under(Insatsperiod p, LocalDate fran, LocalDate till) {
        LocalDate avslut = p.avslutsdatum();
        return p.overlappar(fran, till) || avslut != null && !avslut.isBefore(fran) && !avslut.isAfter(till);
    }

    /**
     * The period from five consecutive columns from {@code forsta} on: startdatum, langd_manader,
     * slutdatum, the months added by förlängningar, avslutsdatum. Without a slutdatum the end is the
     * length plus the förlängningar from the start (E').
     */
    static Insatsperiod period(ResultSet rs, int forsta) throws SQLException {
        LocalDate start = rs.getDate(forsta).toLocalDate();
        int langd = rs.getInt(forsta + 1);
        Date slutdatum = rs.getDate(forsta + 2);
        int forlangt = rs.getInt(forsta + 3);
        LocalDate slut = slutdatum != null ? slutdatum.toLocalDate() : Insatsperiod.slutEfter(start, langd + forlangt);
        Date avslutsdatum = rs.getDate(forsta + 4);
        return new Insatsperiod(start, Insatsperiod.slutEfter(start, langd), slut,
                avslutsdatum == null ? null : avslutsdatum.toLocalDate());
    }
}
