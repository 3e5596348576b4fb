package se.kundval.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.autentisering.Inloggningsmetod;
import se.kundval.core.autentisering.Inloggningsmetodbidrag;
import se.kundval.core.autentisering.Inloggningsmetoder;

/**
 * The {@code se.kundval.core.autentisering} extension point: every plugin's login method, read once
 * at activation. A contribution without an id is left out and logged with the plugin to fix.
 */
@Component(service = Inloggningsmetoder.class)
public class ExtensionInloggningsmetoder implements Inloggningsmetoder {

    static final String EXTENSION_POINT = "se.kundval.core.autentisering"; //$NON-NLS-1$

    private IExtensionRegistry registry;
    private List<Inloggningsmetodbidrag> metoder = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        List<Inloggningsmetodbidrag> nya = new ArrayList<>(Klassbidrag.skapa(registry, EXTENSION_POINT, "inloggningsmetod", //$NON-NLS-1$
                Inloggningsmetod.class, (element, metod) -> {
                    Tillagg t = new Tillagg(element);
                    return new Inloggningsmetodbidrag(t.krav("id"), t.text("namn"), t.bidragsgivare(), metod); //$NON-NLS-1$ //$NON-NLS-2$
                }));
        nya.sort(Comparator.comparing(Inloggningsmetodbidrag::id));
        metoder = List.copyOf(nya);
    }

    @Override
    public List<Inloggningsmetodbidrag> metoder() {
        return metoder;
    }
}
