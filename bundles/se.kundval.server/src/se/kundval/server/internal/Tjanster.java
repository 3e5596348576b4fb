package se.kundval.server.internal;

import java.time.Clock;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import se.kundval.core.KundvalException;
import se.kundval.core.Osgitjanster;
import se.kundval.core.tjanst.Databas;

/**
 * The services the server offers, from the bundles that provide them: every Kundval bundle with
 * Declarative Services components except the windows' parts and the client (DS serves only started
 * bundles, and the product's bundles are lazy), so that an insats-type plugin dropped into the
 * product serves the server without a list to change.
 */
final class Tjanster implements AutoCloseable {

    private static final String PREFIX = "se.kundval."; //$NON-NLS-1$
    private static final List<String> INTE = List.of("se.kundval.klient", "se.kundval.app", "se.kundval.ui"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Osgitjanster tjanster;

    Tjanster(BundleContext kontext) {
        this.tjanster = new Osgitjanster(kontext, Messages.tjanstSaknas);
        for (Bundle bunt : kontext.getBundles()) {
            if (tjanar(bunt) && bunt.getState() != Bundle.ACTIVE) {
                try {
                    bunt.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new KundvalException(NLS.bind(Messages.buntStartarInte, bunt.getSymbolicName(), e.getMessage()), e);
                }
            }
        }
    }

    private static boolean tjanar(Bundle bunt) {
        String namn = bunt.getSymbolicName();
        return namn != null && namn.startsWith(PREFIX) && !namn.endsWith(".ui") && !INTE.contains(namn) //$NON-NLS-1$
                && bunt.getHeaders().get("Service-Component") != null; //$NON-NLS-1$
    }

    Databas databas() {
        return hamta(Databas.class);
    }

    Clock klocka() {
        return hamta(Clock.class);
    }

    private <T> T hamta(Class<T> typ) {
        return tjanster.hamta(typ);
    }

    @Override
    public void close() {
        tjanster.close();
    }
}
