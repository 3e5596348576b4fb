package se.kundval.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.util.tracker.ServiceTracker;

import se.kundval.core.KundvalException;

/**
 * The OSGi services a command uses, provided by Declarative Services in bundles the command
 * starts (the product's bundles are lazy, and DS only serves started bundles). Each service is
 * held until the command ends, so DS keeps the component, and its database connection, alive.
 */
final class Tjanstehamtare implements AutoCloseable {

    private static final long VANTETID_SEKUNDER = 60;

    private final BundleContext kontext;
    private final List<ServiceTracker<?, ?>> oppna = new ArrayList<>();

    Tjanstehamtare(BundleContext kontext) {
        this.kontext = kontext;
    }

    void starta(List<String> buntar) {
        for (String namn : buntar) {
            Bundle bunt = null;
            for (Bundle b : kontext.getBundles()) {
                if (namn.equals(b.getSymbolicName())) {
                    bunt = b;
                }
            }
            if (bunt == null) {
                throw new KundvalException(NLS.bind(Messages.buntSaknas, namn));
            }
            try {
                if (bunt.getState() != Bundle.ACTIVE) {
                    bunt.start(Bundle.START_TRANSIENT);
                }
            } catch (BundleException e) {
                throw new KundvalException(NLS.bind(Messages.buntStartarInte, namn, e.getMessage()), e);
            }
        }
    }

    <T> T hamta(Class<T> typ) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(kontext, typ, null);
        tracker.open();
        oppna.add(tracker);
        try {
            T tjanst = tracker.waitForService(TimeUnit.SECONDS.toMillis(VANTETID_SEKUNDER));
            if (tjanst == null) {
                throw new KundvalException(NLS.bind(Messages.tjanstSaknas, typ.getSimpleName()));
            }
            return tjanst;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KundvalException(NLS.bind(Messages.tjanstSaknas, typ.getSimpleName()), e);
        }
    }

    @Override
    public void close() {
        oppna.forEach(ServiceTracker::close);
        oppna.clear();
    }
}
