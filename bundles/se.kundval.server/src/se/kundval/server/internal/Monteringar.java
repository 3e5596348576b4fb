package se.kundval.server.internal;

import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Jetty handlers that other bundles offer as OSGi services with the path they serve in the property
 * {@code kundval.sokvag} — the anordnare portal at {@code /anordnare} (decision 0353) — mounted in
 * front of the API, so the server serves them without knowing them. Every other path goes to the API.
 */
final class Monteringar extends Handler.Wrapper implements AutoCloseable {

    static final String SOKVAG = "kundval.sokvag"; //$NON-NLS-1$
    private final ServiceTracker<Handler, Handler> handlers;

    Monteringar(BundleContext kontext, Handler api) throws InvalidSyntaxException {
        super(api);
        handlers = new ServiceTracker<>(kontext,
                kontext.createFilter("(&(objectClass=" + Handler.class.getName() + ")(" + SOKVAG + "=*))"), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        handlers.open();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String sokvag = Request.getPathInContext(request);
        for (Map.Entry<ServiceReference<Handler>, Handler> monterad : handlers.getTracked().entrySet()) {
            String prefix = String.valueOf(monterad.getKey().getProperty(SOKVAG));
            if (sokvag.equals(prefix) || sokvag.startsWith(prefix + '/')) {
                return monterad.getValue().handle(request, response, callback);
            }
        }
        return super.handle(request, response, callback);
    }

    @Override
    public void close() {
        handlers.close();
    }
}
