package se.kundval.persistence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import se.kundval.model.Entitet;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;

/**
 * New rows of one table written with PostgreSQL's COPY through the driver's CopyManager: the bulk
 * path of the import (docs/decisions/0322-import-med-copy.md). The columns are those the generated
 * mapping gives the EClass ({@link OrmXmlGenerator}), the ids come from the entity's own Hibernate
 * generator (the same sequence and optimizer as every other insert), the version starts at 0 as
 * Hibernate seeds it. Runs on the caller's connection, inside its transaction.
 */
final class Kopiering {

    /** Rows per COPY statement: bounds the text held in memory at once. */
    private static final int RADER_PER_KOPIA = 20_000;

    private Kopiering() {
    }

    /** True when the connection is PostgreSQL's, where COPY exists. */
    static boolean kan(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    /** Gives every row its id and version, then copies them; all rows (at least one) are of the one EClass. */
    static void skriv(StatelessSession ss, Connection c, EClass klass, List<EObject> rader) throws SQLException {
        SharedSessionContractImplementor session = (SharedSessionContractImplementor) ss;
        BeforeExecutionGenerator generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(rader.get(0).getClass()).getGenerator();
        for (EObject rad : rader) {
            ((Entitet) rad).setId((Long) generator.generate(session, rad, null, EventType.INSERT));
            ((Entitet) rad).setVersion(0L);
        }
        List<EStructuralFeature> kolumner = kolumner(klass);
        List<String> namn = new ArrayList<>();
        kolumner.forEach(f -> namn.add(OrmXmlGenerator.kolumn(f)));
        String sql = "copy " + OrmXmlGenerator.tabell(klass) + " (" + String.join(", ", namn) + ") from stdin"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < rader.size(); i += RADER_PER_KOPIA) {
            StringBuilder text = new StringBuilder();
            for (EObject rad : rader.subList(i, Math.min(rader.size(), i + RADER_PER_KOPIA))) {
                rad(text, rad, kolumner);
            }
            try {
                copy.copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }
    }

    /** The mapped features, as the generated mapping maps them: single-valued, stored, not contained. */
    private static List<EStructuralFeature> kolumner(EClass klass) {
        List<EStructuralFeature> kolumner = new ArrayList<>();
        for (EStructuralFeature f : klass.getEAllStructuralFeatures()) {
            if (!f.isMany() && !f.isDerived() && !f.isVolatile() && !(f instanceof EReference r && r.isContainment())) {
                kolumner.add(f);
            }
        }
        return kolumner;
    }

    /** One line of COPY's text format: tab between columns, \N for null. */
    private static void rad(StringBuilder text, EObject rad, List<EStructuralFeature> kolumner) {
        for (int k = 0; k < kolumner.size(); k++) {
            if (k > 0) {
                text.append('\t');
            }
            varde(text, rad.eGet(kolumner.get(k)));
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
