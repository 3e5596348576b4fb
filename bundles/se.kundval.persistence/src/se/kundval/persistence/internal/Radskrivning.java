package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Entitet;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;

/**
 * The import's write path below Hibernate (decision 0415): the new rows of each table written with
 * plain JDBC on the transaction's own connection, COPY on PostgreSQL ({@link Kopiering}), large
 * prepared-statement batches on H2 ({@link Satsinsattning}). Hibernate's per-entity insert costs more
 * than the database's own work for two million månadsrapporter, and its id generator fetches a block
 * of 50 ids per round trip; here all ids of a write come from one statement.
 */
final class Radskrivning {

    /** The sequence's increment, which Hibernate's pooled optimizer also assumes (allocation-size in the mapping). */
    static final int BLOCK = 50;

    /** One table: its name and the columns of the generated mapping, in a fixed order. */
    record Tabell(String namn, List<EStructuralFeature> kolumner) {

        static Tabell av(EClass klass) {
            List<EStructuralFeature> kolumner = new ArrayList<>();
            for (EStructuralFeature f : klass.getEAllStructuralFeatures()) {
                // what OrmXmlGenerator maps to a column: single-valued, stored, not contained
                if (!f.isMany() && !f.isDerived() && !f.isVolatile() && !(f instanceof EReference r && r.isContainment())) {
                    kolumner.add(f);
                }
            }
            return new Tabell(OrmXmlGenerator.tabell(klass), kolumner);
        }

        List<String> kolumnnamn() {
            return kolumner.stream().map(OrmXmlGenerator::kolumn).toList();
        }
    }

    private Radskrivning() {
    }

    /** True when the connection is PostgreSQL's, where COPY exists. */
    static boolean arPostgresql(Connection c) throws SQLException {
        return Kopiering.kan(c);
    }

    /**
     * Gives every row an id from the shared sequence and version 0 (as Hibernate seeds it), without
     * writing anything: children refer to their parents' ids, so all ids are set before any row is written.
     */
    static void numrera(Connection c, List<? extends EObject> rader) throws SQLException {
        long[] ids = ids(c, rader.size());
        for (int i = 0; i < ids.length; i++) {
            Entitet e = (Entitet) rader.get(i);
            e.setId(ids[i]);
            e.setVersion(0L);
        }
    }

    /** As many unused ids from the shared sequence as asked for, in one statement. */
    static long[] ids(Connection c, int antal) throws SQLException {
        long[] ids = new long[antal];
        if (antal == 0) {
            return ids;
        }
        int block = (antal + BLOCK - 1) / BLOCK;
        String sql = arPostgresql(c)
                ? "select nextval('" + OrmXmlGenerator.SEKVENS + "') from generate_series(1, ?)" //$NON-NLS-1$ //$NON-NLS-2$
                : "select next value for " + OrmXmlGenerator.SEKVENS + " from system_range(1, ?)"; //$NON-NLS-1$ //$NON-NLS-2$
        int i = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, block);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && i < antal) {
                    // a value v of the sequence owns v-49..v, as Hibernate's pooled optimizer reads it
                    long hog = rs.getLong(1);
                    for (long id = Math.max(1, hog - BLOCK + 1); id <= hog && i < antal; id++, i++) {
                        ids[i] = id;
                    }
                }
            }
        }
        if (i < antal) {
            throw new SQLException("the sequence gave ids for " + i + " of " + antal + " rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return ids;
    }

    /** Writes each table's rows, in the map's order (parents before children); every row already has its id. */
    static void skriv(Connection c, Map<EClass, List<EObject>> perTabell) throws SQLException {
        boolean kopia = arPostgresql(c);
        for (Map.Entry<EClass, List<EObject>> t : perTabell.entrySet()) {
            if (t.getValue().isEmpty()) {
                continue;
            }
            Tabell tabell = Tabell.av(t.getKey());
            skriv(c, kopia, tabell, t.getValue(), EObject::eGet);
        }
    }

    /** Writes the rows into one table, COPY on PostgreSQL and batches on H2, each column's value as {@code varde} gives it. */
    static <T> void skriv(Connection c, boolean kopia, Tabell tabell, List<T> rader, BiFunction<T, EStructuralFeature, Object> varde)
            throws SQLException {
        if (kopia) {
            Kopiering.skriv(c, tabell, rader, varde);
        } else {
            Satsinsattning.skriv(c, tabell, rader, varde);
        }
    }
}
