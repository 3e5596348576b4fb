package se.kundval.testsupport;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services for tests, waiting for Declarative Services to activate them. */
public final class Tjanster {

    private Tjanster() {
    }

    public static <T> T hamta(Class<T> typ) {
        BundleContext context = kontext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, typ, null);
        tracker.open();
        try {
            T tjanst = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (tjanst == null) {
                throw new AssertionError("no OSGi service " + typ.getName() + " within 30 s");
            }
            return tjanst;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** Starts the bundles whose DS components a test needs (lazy bundles start on first class load otherwise). */
    public static void starta(String... symboliskaNamn) {
        for (Bundle b : kontext().getBundles()) {
            for (String namn : symboliskaNamn) {
                if (namn.equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
                    try {
                        b.start(Bundle.START_TRANSIENT);
                    } catch (BundleException e) {
                        throw new AssertionError("cannot start " + namn, e);
                    }
                }
            }
        }
    }

    /** This bundle's context; first of all the fixed {@link Testklocka}, so no service ever sees the real day. */
    static BundleContext kontext() {
        Bundle egen = FrameworkUtil.getBundle(Tjanster.class);
        if (egen.getBundleContext() == null) {
            try {
                egen.start();
            } catch (BundleException e) {
                throw new AssertionError(e);
            }
        }
        Testklocka.registrera(egen.getBundleContext());
        return egen.getBundleContext();
    }
}
