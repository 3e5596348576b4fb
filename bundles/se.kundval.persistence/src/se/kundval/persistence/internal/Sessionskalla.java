package se.kundval.persistence.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.hibernate.Session;
import org.hibernate.StatelessSession;

import se.kundval.persistence.internal.orm.Aggregatlager;

/**
 * What the repositories need of the connected database: short sessions, one per service call.
 * Exceptions from Hibernate are translated to the service layer's (conflict, not connected).
 */
public interface Sessionskalla {

    <T> T lasa(Function<Session, T> arbete);

    /**
     * A read that sees the database as it was when it began, however long it runs and whatever
     * others save meanwhile ({@link Ogonblicksbild}); what is read is read-only. Inside a combined
     * transaction ({@code Databas.iEnTransaktion}) it reads in that transaction, its own rows included.
     */
    <T> T lasaOgonblicksbild(Function<Session, T> arbete);

    <T> T iTransaktion(Function<Session, T> arbete);

    void iTillstandslosTransaktion(Consumer<StatelessSession> arbete);

    Aggregatlager aggregat();

    /** The key of the connected database's TOTP secrets (decision 0406). */
    Engangsnyckel engangsnyckel();
}
