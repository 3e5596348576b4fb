package se.kundval.ui.testsupport;

import java.lang.reflect.InvocationTargetException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Lets a second workbench start in the same JVM with its model fragments. E4 merges fragments
 * through the ModelAssembler component, whose bundle tracker hands each bundle's fragment over only
 * once per component instance: a second workbench would get the bare Application.e4xmi. Disabling
 * and enabling the component gives the next workbench a fresh instance.
 */
final class ModelAssemblerRestart {

    private static final String WORKBENCH_BUNDLE = "org.eclipse.e4.ui.workbench";
    private static final String COMPONENT = "org.eclipse.e4.ui.internal.workbench.ModelAssembler";

    private ModelAssemblerRestart() {
    }

    static void restart() {
        Bundle own = FrameworkUtil.getBundle(ModelAssemblerRestart.class);
        if (own.getBundleContext() == null) {
            try {
                own.start();
            } catch (BundleException e) {
                throw new AssertionError(e);
            }
        }
        BundleContext context = own.getBundleContext();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        if (reference == null) {
            throw new AssertionError("no Declarative Services runtime");
        }
        ServiceComponentRuntime scr = context.getService(reference);
        try {
            Bundle workbench = null;
            for (Bundle b : context.getBundles()) {
                if (WORKBENCH_BUNDLE.equals(b.getSymbolicName())) {
                    workbench = b;
                }
            }
            ComponentDescriptionDTO component = scr.getComponentDescriptionDTO(workbench, COMPONENT);
            if (component == null) {
                throw new AssertionError("no component " + COMPONENT);
            }
            scr.disableComponent(component).getValue();
            scr.enableComponent(component).getValue();
        } catch (InvocationTargetException e) {
            throw new AssertionError("cannot restart " + COMPONENT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            context.ungetService(reference);
        }
    }
}
