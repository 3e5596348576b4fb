package se.kundval.persistence.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.kundval.core.tjanst.Databas;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The persistence's services for a test class that runs each test on a new H2 and PostgreSQL
 * database: started once for the class, the database closed after every test so the next one
 * starts empty. Registered with {@code @RegisterExtension}; the databases come from
 * {@code @MethodSource(Persistensmiljo.DATABASER)}.
 */
public final class Persistensmiljo implements BeforeAllCallback, AfterEachCallback {

    /** Every database kind the tests run on, for {@code @MethodSource}. */
    public static final String DATABASER = "se.kundval.testsupport.Testdatabas#alla"; //$NON-NLS-1$

    private Databas databas;

    @Override
    public void beforeAll(ExtensionContext kontext) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence"); //$NON-NLS-1$ //$NON-NLS-2$
        databas = Tjanster.hamta(Databas.class);
    }

    @Override
    public void afterEach(ExtensionContext kontext) {
        databas.stang();
    }

    /** Connects the services to a new, empty database of the kind. */
    public void anslut(Testdatabas typ) {
        databas.anslut(typ.ny());
    }
}
