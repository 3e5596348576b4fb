package se.kundval.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import se.kundval.core.Tid;

/**
 * The fixed clock tests run on. The product registers the system clock in Stockholm as the
 * {@link Clock} service (ranking 0); {@link Tjanster} registers this one above it before a test
 * reaches any service, so "today" in the services, in the workbench's parts and in the test's own
 * data is always {@link #IDAG}, whatever day the tests run. The product's services bind the Clock
 * dynamically and greedily, so a test can also move time for a while with {@link #stall}.
 */
public final class Testklocka {

    /**
     * The day every test runs on: a Wednesday in the middle of a month, so that the month before and
     * the month's remaining days are both there to test with.
     */
    public static final LocalDate IDAG = LocalDate.of(2026, 11, 18);
    /** The moment every test runs at, in Stockholm. */
    public static final LocalDateTime NU = IDAG.atTime(10, 0);

    private static final int STANDARDRANKING = 100;
    private static final int EGEN_RANKING = 200;
    /** One standard clock per OSGi framework, i.e. per test bundle run; it stays until the framework stops. */
    private static final AtomicReference<ServiceRegistration<Clock>> STANDARD = new AtomicReference<>();

    private Testklocka() {
    }

    /** A fixed clock at the moment, in Stockholm as the product's clock is. */
    public static Clock fast(LocalDateTime nu) {
        return Clock.fixed(nu.atZone(Tid.STOCKHOLM).toInstant(), Tid.STOCKHOLM);
    }

    /** Registers the standard clock at {@link #NU}, once; the UI harness calls it before the workbench starts. */
    public static void registrera() {
        Tjanster.kontext();
    }

    static void registrera(BundleContext kontext) {
        if (STANDARD.get() == null) {
            synchronized (STANDARD) {
                if (STANDARD.get() == null) {
                    STANDARD.set(kontext.registerService(Clock.class, fast(NU), ranking(STANDARDRANKING)));
                }
            }
        }
    }

    /**
     * Moves every service's "today" to the moment until the returned handle is closed (use it in
     * try-with-resources): a clock ranked above the standard one, which the services switch to at once.
     */
    public static Stallning stall(LocalDateTime nu) {
        return new Stallning(Tjanster.kontext().registerService(Clock.class, fast(nu), ranking(EGEN_RANKING)));
    }

    private static Dictionary<String, Object> ranking(int ranking) {
        Dictionary<String, Object> egenskaper = new Hashtable<>();
        egenskaper.put(Constants.SERVICE_RANKING, ranking);
        return egenskaper;
    }

    /** A test's own clock; closing it gives the services the standard clock back. */
    public record Stallning(ServiceRegistration<Clock> registrering) implements AutoCloseable {

        @Override
        public void close() {
            registrering.unregister();
        }
    }
}
