package se.kundval.slf4j.osgi;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J 2's provider in the product: every logger writes to java.util.logging, whose levels and
 * handlers the product's logging.properties sets, so the server's Jetty logs where the rest of the
 * product does. SLF4J 2 finds its provider with ServiceLoader on its own class loader; as a fragment
 * of slf4j.api this class and its META-INF/services entry are on that class path, which is what the
 * capabilities in the manifest declare (an OSGi service-loader mediator is not needed for it).
 */
public final class JulTjanst implements SLF4JServiceProvider {

    private ILoggerFactory loggare;
    private IMarkerFactory markorer;
    private MDCAdapter mdc;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggare;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markorer;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99"; //$NON-NLS-1$
    }

    @Override
    public void initialize() {
        loggare = JulLoggare::new;
        markorer = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }
}
