package se.kundval.core.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesfilregister;

/** The {@code se.kundval.core.utbytesfiler} extension point: interchange files from plugins. */
@Component(service = Utbytesfilregister.class)
public class ExtensionUtbytesfilregister implements Utbytesfilregister {

    private IExtensionRegistry registry;
    private List<Utbytesfil> filer = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        filer = Klassbidrag.skapa(registry, "se.kundval.core.utbytesfiler", "utbytesfil", Utbytesfil.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public List<Utbytesfil> filer() {
        return filer;
    }
}
