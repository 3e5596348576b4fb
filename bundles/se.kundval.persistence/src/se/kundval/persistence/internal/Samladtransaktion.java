package se.kundval.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.hibernate.SharedSessionContract;
import org.hibernate.Transaction;

import se.kundval.core.KundvalException;

/**
 * Several service calls as one transaction ({@link se.kundval.core.tjanst.Databas#iEnTransaktion}),
 * for work that must be all or nothing although it goes through many services: the demo (import,
 * follow-ups, users). The calling thread holds one connection of the pool meanwhile, and every
 * session it opens runs on it. Hibernate begins and ends a transaction per session as usual; on
 * this connection its commit does nothing and its rollback marks the whole for rollback, so only
 * the end of the unit commits. A process killed before then leaves the database as it was.
 */
final class Samladtransaktion {

    private record Pagaende(Connection skyddad, boolean[] attRulla) {
    }

    private final ThreadLocal<Pagaende> pagaende = new ThreadLocal<>();

    /** The connection of the unit the calling thread is in, or null outside one. */
    Connection anslutning() {
        Pagaende p = pagaende.get();
        return p == null ? null : p.skyddad();
    }

    <T> T kor(DataSource pool, String databas, Supplier<T> arbete) {
        if (pagaende.get() != null) {
            return arbete.get();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            boolean[] attRulla = {false};
            pagaende.set(new Pagaende(skydda(c, attRulla), attRulla));
            try {
                T resultat = arbete.get();
                if (attRulla[0]) {
                    throw new KundvalException(NLS.bind(Messages.samladTransaktionAvbruten, databas));
                }
                c.commit();
                return resultat;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                pagaende.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, databas, e.getMessage()), e);
        }
    }

    /**
     * One transaction of a session opened on the unit's connection: what the session factory's
     * {@code fromTransaction} does, written out because the session is not the factory's own.
     */
    static <S extends SharedSessionContract, T> T iSession(S session, Function<S, T> arbete) {
        try (session) {
            Transaction t = session.beginTransaction();
            try {
                T resultat = arbete.apply(session);
                t.commit();
                return resultat;
            } catch (RuntimeException | Error e) {
                if (t.isActive()) {
                    t.rollback();
                }
                throw e;
            }
        }
    }

    /** The unit's connection as its sessions see it: no commit, no close, a rollback only marked. */
    private static Connection skydda(Connection c, boolean[] attRulla) {
        return (Connection) Proxy.newProxyInstance(Samladtransaktion.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, metod, argument) -> {
                    switch (metod.getName()) {
                        case "commit", "close", "setAutoCommit": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            return null;
                        case "rollback": //$NON-NLS-1$
                            if (argument == null) {
                                attRulla[0] = true;
                                return null;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return metod.invoke(c, argument);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
