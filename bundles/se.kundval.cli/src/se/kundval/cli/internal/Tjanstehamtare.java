package se.kundval.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import se.kundval.core.KundvalException;
import se.kundval.core.Osgitjanster;

/**
 * The OSGi services a command uses, provided by Declarative Services in bundles the command
 * starts (the product's bundles are lazy, and DS only serves started bundles). Each service is
 * held until the command ends, so DS keeps the component, and its database connection, alive.
 */
final class Tjanstehamtare implements AutoCloseable {

    private final BundleContext kontext;
    private final Osgitjanster tjanster;

    Tjanstehamtare(BundleContext kontext) {
        this.kontext = kontext;
        this.tjanster = new Osgitjanster(kontext, Messages.tjanstSaknas);
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
        return tjanster.hamta(typ);
    }

    @Override
    public void close() {
        tjanster.close();
    }
}
