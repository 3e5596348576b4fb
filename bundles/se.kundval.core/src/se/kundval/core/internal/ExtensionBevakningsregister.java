package se.kundval.core.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.core.bevakning.Bevakningsregister;

/** The {@code se.kundval.core.bevakningar} extension point: every plugin's deadline source. */
@Component(service = Bevakningsregister.class)
public class ExtensionBevakningsregister implements Bevakningsregister {

    private IExtensionRegistry registry;
    private List<Bevakningskalla> kallor = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        kallor = Klassbidrag.skapa(registry, "se.kundval.core.bevakningar", "bevakning", Bevakningskalla.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public List<Bevakningskalla> kallor() {
        return kallor;
    }
}
