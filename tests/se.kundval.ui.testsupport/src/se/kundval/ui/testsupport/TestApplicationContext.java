package se.kundval.ui.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The application context E4Application would get from Equinox: command-line style arguments, and
 * branding (lifeCycleURI, cssTheme, …) from the running product, so the test starts the workbench
 * exactly as the product's plugin.xml configures it.
 */
final class TestApplicationContext implements IApplicationContext {

    private final Map<String, Object> arguments = new HashMap<>();

    TestApplicationContext(String[] args) {
        arguments.put(IApplicationContext.APPLICATION_ARGS, args);
    }

    @Override
    public Map<String, Object> getArguments() {
        return arguments;
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getApplication();
    }

    @Override
    public String getBrandingName() {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getName();
    }

    @Override
    public String getBrandingDescription() {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getDescription();
    }

    @Override
    public String getBrandingId() {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getId();
    }

    @Override
    public String getBrandingProperty(String key) {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getProperty(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        IProduct p = Platform.getProduct();
        return p == null ? null : p.getDefiningBundle();
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the test, not Equinox, decides when the application ends
    }
}
