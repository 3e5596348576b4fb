package se.kundval.persistence.internal;

import java.sql.Connection;
import java.util.function.Function;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * A read in one transaction that sees the database as it was when the read began, however long it
 * runs: an export of a whole database reads page after page for minutes while other users save
 * (decision 0481). Read committed, the drivers' default, would let a kund saved between the pages of
 * kunder and the pages of insatser bring an insats whose kund is not in the files.
 */
final class Ogonblicksbild {

    /**
     * H2's own level for a snapshot ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}): its
     * REPEATABLE READ keeps the rows read but lets new rows in.
     */
    private static final int H2_SNAPSHOT = 6;

    private Ogonblicksbild() {
    }

    /**
     * Runs the read at PostgreSQL's REPEATABLE READ (a snapshot taken at the first statement) or H2's
     * SNAPSHOT; the pool sets the connection's level back when it is returned.
     */
    static <T> T las(SessionFactory fabrik, boolean postgresql, Function<Session, T> arbete) {
        int niva = postgresql ? Connection.TRANSACTION_REPEATABLE_READ : H2_SNAPSHOT;
        return fabrik.fromTransaction(s -> {
            // the level must be set before the transaction's first statement, which this is
            s.doWork(c -> c.setTransactionIsolation(niva));
            s.setDefaultReadOnly(true);
            s.setHibernateFlushMode(FlushMode.MANUAL);
            return arbete.apply(s);
        });
    }
}
