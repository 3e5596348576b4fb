package se.kundval.core.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.rapport.Rapportdel;
import se.kundval.core.rapport.Rapportdelsbidrag;
import se.kundval.core.rapport.Rapportdelsregister;

/** The {@code se.kundval.core.rapportdelar} extension point: report sections from plugins. */
@Component(service = Rapportdelsregister.class)
public class ExtensionRapportdelsregister implements Rapportdelsregister {

    private IExtensionRegistry registry;
    private List<Rapportdelsbidrag> bidrag = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        bidrag = Klassbidrag.skapa(registry, "se.kundval.core.rapportdelar", "rapportdel", Rapportdel.class, //$NON-NLS-1$ //$NON-NLS-2$
                (element, del) -> new Rapportdelsbidrag(del, element.getContributor().getName(), element.getAttribute("insatstyper"))); //$NON-NLS-1$
    }

    @Override
    public List<Rapportdel> delar() {
        return bidrag.stream().map(Rapportdelsbidrag::del).toList();
    }

    @Override
    public List<Rapportdelsbidrag> bidrag() {
        return bidrag;
    }
}
