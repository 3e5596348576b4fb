package se.kundval.persistence.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import se.kundval.model.Entitet;

/**
 * New rows of one table written with PostgreSQL's COPY through the driver's CopyManager: the bulk
 * path of the import (decisions 0322 and 0415). One COPY per table on the caller's connection, inside
 * its transaction; the text is sent in slices as it is formed, so no table's whole text is held at once.
 */
final class Kopiering {

    /** Characters formed before they are sent: bounds the memory, large enough that sending costs little. */
    private static final int SLICE = 1 << 20;

    private Kopiering() {
    }

    /** True when the connection is PostgreSQL's, where COPY exists. */
    static boolean kan(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    /**
     * Copies the rows (every one with its id) into the table, each column's value as {@code varde} gives it;
     * a failed COPY leaves the transaction to roll back.
     */
    static <T> void skriv(Connection c, Radskrivning.Tabell tabell, List<T> rader, BiFunction<T, EStructuralFeature, Object> varde)
            throws SQLException {
        String sql = "copy " + tabell.namn() + " (" + String.join(", ", tabell.kolumnnamn()) + ") from stdin"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(SLICE + 4096);
            for (T rad : rader) {
                rad(text, rad, tabell.kolumner(), varde);
                if (text.length() >= SLICE) {
                    skicka(copy, text);
                }
            }
            skicka(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void skicka(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One line of COPY's text format: tab between columns, \N for null. */
    private static <T> void rad(StringBuilder text, T rad, List<EStructuralFeature> kolumner,
            BiFunction<T, EStructuralFeature, Object> varde) {
        for (int k = 0; k < kolumner.size(); k++) {
            if (k > 0) {
                text.append('\t');
            }
            varde(text, varde.apply(rad, kolumner.get(k)));
        }
        text.append('\n');
    }

    private static void varde(StringBuilder text, Object varde) {
        switch (varde) {
            case null -> text.append("\\N"); //$NON-NLS-1$
            case Entitet e -> text.append(e.getId());
            case Enum<?> e -> text.append(e.name());
            case YearMonth m -> text.append(m.atDay(1));
            case BigDecimal b -> text.append(b.toPlainString());
            case Boolean b -> text.append(b.booleanValue() ? 't' : 'f');
            case Number n -> text.append(n);
            case TemporalAccessor t -> text.append(t);
            case String s -> escape(text, s);
            default -> throw new IllegalStateException("no COPY form for " + varde.getClass().getName()); //$NON-NLS-1$
        }
    }

    /** Backslash, tab, newline and carriage return are escaped in COPY's text format. */
    private static void escape(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char t = s.charAt(i);
            switch (t) {
                case '\\' -> text.append("\\\\"); //$NON-NLS-1$
                case '\t' -> text.append("\\t"); //$NON-NLS-1$
                case '\n' -> text.append("\\n"); //$NON-NLS-1$
                case '\r' -> text.append("\\r"); //$NON-NLS-1$
                default -> text.append(t);
            }
        }
    }
}
