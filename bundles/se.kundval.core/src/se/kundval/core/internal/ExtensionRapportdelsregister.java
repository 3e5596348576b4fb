package se.kundval.core.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.rapport.Rapportdel;
import se.kundval.core.rapport.Rapportdelsregister;

/** The {@code se.kundval.core.rapportdelar} extension point: report sections from plugins. */
@Component(service = Rapportdelsregister.class)
public class ExtensionRapportdelsregister implements Rapportdelsregister {

    private IExtensionRegistry registry;
    private List<Rapportdel> delar = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        delar = Klassbidrag.skapa(registry, "se.kundval.core.rapportdelar", "rapportdel", Rapportdel.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public List<Rapportdel> delar() {
        return delar;
    }
}
