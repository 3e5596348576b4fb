package se.kundval.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services a headless program (the command line, the server) uses outside E4 injection:
 * each is waited for while Declarative Services starts it, and held until {@link #close()}, so DS
 * keeps the component, and its database connection, alive meanwhile.
 */
public final class Osgitjanster implements AutoCloseable {

    private static final long VANTETID_SEKUNDER = 60;

    private final BundleContext kontext;
    private final String saknas;
    private final List<ServiceTracker<?, ?>> oppna = new ArrayList<>();

    /**
     * @param saknas the caller's message when a service does not come in time, {0} the service's
     *               name (the command line says the installation is incomplete, the server that
     *               the service is unavailable now)
     */
    public Osgitjanster(BundleContext kontext, String saknas) {
        this.kontext = kontext;
        this.saknas = saknas;
    }

    /** The service of the type, waiting for it up to a minute; a {@link KundvalException} if none comes. */
    public <T> T hamta(Class<T> typ) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(kontext, typ, null);
        tracker.open();
        oppna.add(tracker);
        try {
            T tjanst = tracker.waitForService(TimeUnit.SECONDS.toMillis(VANTETID_SEKUNDER));
            if (tjanst == null) {
                throw new KundvalException(NLS.bind(saknas, typ.getSimpleName()));
            }
            return tjanst;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KundvalException(NLS.bind(saknas, typ.getSimpleName()), e);
        }
    }

    @Override
    public void close() {
        oppna.forEach(ServiceTracker::close);
        oppna.clear();
    }
}
