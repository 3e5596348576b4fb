package se.kundval.persistence.internal;

import java.time.LocalDate;

import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Ids for kunder and insatser created in the workbench: a prefix, the year and a number from one
 * database sequence, so two workstations on a shared server never hand out the same id, and the
 * form cannot collide with ids imported from the previous system.
 */
final class Arendenummer {

    private static final String SEKVENS = "arendenummer_seq"; //$NON-NLS-1$

    private Arendenummer() {
    }

    static String nytt(Sessionskalla databas, char prefix, LocalDate idag) {
        long nummer = databas.lasa(s -> {
            String sql = ((SessionFactoryImplementor) s.getSessionFactory()).getJdbcServices().getDialect()
                    .getSequenceSupport().getSequenceNextValString(SEKVENS);
            return ((Number) s.createNativeQuery(sql, Long.class).getSingleResult()).longValue();
        });
        return prefix + String.valueOf(idag.getYear()) + '-' + nummer;
    }
}
