package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Entitet;

/**
 * New rows of one table written on H2 with one prepared insert and large JDBC batches (decision 0415).
 * H2 has no client-side bulk protocol for typed rows (its CSVREAD reads files on the server, past the
 * import's checks); a batch of thousands of rows per round trip on the transaction's own connection is
 * the nearest. The values are bound as Hibernate binds them for the generated mapping.
 */
final class Satsinsattning {

    /** Rows per executeBatch: large enough that the per-batch cost vanishes, small enough to bound H2's buffers. */
    private static final int SATS = 5_000;

    private Satsinsattning() {
    }

    static <T> void skriv(Connection c, Radskrivning.Tabell tabell, List<T> rader, BiFunction<T, EStructuralFeature, Object> varde)
            throws SQLException {
        List<EStructuralFeature> kolumner = tabell.kolumner();
        String sql = "insert into " + tabell.namn() + " (" + String.join(", ", tabell.kolumnnamn()) + ") values (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.join(", ", Collections.nCopies(kolumner.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int iSatsen = 0;
            for (T rad : rader) {
                for (int k = 0; k < kolumner.size(); k++) {
                    binda(ps, k + 1, varde.apply(rad, kolumner.get(k)));
                }
                ps.addBatch();
                if (++iSatsen == SATS) {
                    ps.executeBatch();
                    iSatsen = 0;
                }
            }
            if (iSatsen > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void binda(PreparedStatement ps, int i, Object varde) throws SQLException {
        switch (varde) {
            case null -> ps.setObject(i, null);
            case Entitet e -> ps.setLong(i, e.getId());
            case Enum<?> e -> ps.setString(i, e.name());
            case YearMonth m -> ps.setObject(i, m.atDay(1));
            default -> ps.setObject(i, varde);
        }
    }
}
