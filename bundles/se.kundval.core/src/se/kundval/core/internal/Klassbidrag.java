package se.kundval.core.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** Instantiates the {@code class} attribute of every element of one kind at an extension point. */
final class Klassbidrag {

    private static final System.Logger LOG = System.getLogger(Klassbidrag.class.getName());

    private Klassbidrag() {
    }

    static <T> List<T> skapa(IExtensionRegistry registry, String punkt, String elementnamn, Class<T> typ) {
        return skapa(registry, punkt, elementnamn, typ, (element, objekt) -> objekt);
    }

    /** As {@link #skapa(IExtensionRegistry, String, String, Class)}, each instance combined with its element. */
    static <T, R> List<R> skapa(IExtensionRegistry registry, String punkt, String elementnamn, Class<T> typ,
            BiFunction<IConfigurationElement, T, R> bidrag) {
        List<R> resultat = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(punkt)) {
            if (!elementnamn.equals(element.getName())) {
                continue;
            }
            try {
                Object objekt = element.createExecutableExtension("class"); //$NON-NLS-1$
                if (typ.isInstance(objekt)) {
                    resultat.add(bidrag.apply(element, typ.cast(objekt)));
                } else {
                    throw new Tillagg(element).fel("class", objekt.getClass().getName()); //$NON-NLS-1$
                }
            } catch (IllegalArgumentException e) {
                // a bad attribute value: the message names plugin, element and attribute; a trace adds nothing
                LOG.log(Level.ERROR, e.getMessage());
            } catch (CoreException e) {
                LOG.log(Level.ERROR, e.getMessage(), e);
            }
        }
        return List.copyOf(resultat);
    }
}
