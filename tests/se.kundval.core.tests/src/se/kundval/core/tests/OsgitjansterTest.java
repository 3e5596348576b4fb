package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.kundval.core.Osgitjanster;

/** The command line and the server take their services through one helper: it finds them and lets them go. */
class OsgitjansterTest {

    /** A service no bundle of the product offers, registered by the test alone. */
    interface Provtjanst {
        String namn();
    }

    @Test
    void enRegistreradTjanstHamtasOchSlappsVidStangning() throws BundleException {
        Bundle karna = FrameworkUtil.getBundle(Osgitjanster.class);
        if (karna.getState() != Bundle.ACTIVE) {
            karna.start(Bundle.START_TRANSIENT);
        }
        BundleContext kontext = karna.getBundleContext();
        Provtjanst tjanst = () -> "prov"; //$NON-NLS-1$
        ServiceRegistration<Provtjanst> registrering = kontext.registerService(Provtjanst.class, tjanst, null);
        try {
            Osgitjanster tjanster = new Osgitjanster(kontext, "{0} saknas"); //$NON-NLS-1$
            assertSame(tjanst, tjanster.hamta(Provtjanst.class));
            assertTrue(registrering.getReference().getUsingBundles() != null, "held while open");
            tjanster.close();
            assertTrue(registrering.getReference().getUsingBundles() == null, "released on close");
        } finally {
            registrering.unregister();
        }
    }
}
