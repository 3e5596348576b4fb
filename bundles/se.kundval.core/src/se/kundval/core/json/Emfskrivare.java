package se.kundval.core.json;

import java.io.IOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Any EObject, of the product's model or of a plugin's package, by its EClass's features alone:
 * {@code {"@typ": "nsURI#Klass", "@id": n, feature: value, ...}}. An object met again in the same
 * message is written as {@code {"@ref": n}}, so shared objects and cycles arrive as they left.
 * Derived, transient and container features are not written: they are computed or restored from
 * the containment that is. The features the codec keeps secret are written as null.
 */
final class Emfskrivare extends StdSerializer<EObject> {

    private static final long serialVersionUID = 1L;
    /** The objects already written in this message, by their number. */
    private static final Object SKRIVNA = new Object();

    private final transient Set<EStructuralFeature> hemliga;

    Emfskrivare(Set<EStructuralFeature> hemliga) {
        super(EObject.class);
        this.hemliga = hemliga;
    }

    @Override
    public void serialize(EObject objekt, JsonGenerator g, SerializerProvider p) throws IOException {
        Map<EObject, Integer> skrivna = skrivna(p);
        Integer nummer = skrivna.get(objekt);
        if (nummer != null) {
            g.writeStartObject();
            g.writeNumberField(Emffalt.REF, nummer.intValue());
            g.writeEndObject();
            return;
        }
        nummer = Integer.valueOf(skrivna.size() + 1);
        skrivna.put(objekt, nummer);
        g.writeStartObject(objekt);
        g.writeStringField(Emffalt.TYP, Emffalt.typ(objekt.eClass()));
        g.writeNumberField(Emffalt.ID, nummer.intValue());
        for (EStructuralFeature falt : Emffalt.resande(objekt.eClass())) {
            g.writeFieldName(falt.getName());
            Object varde = hemliga.contains(falt) ? null : objekt.eGet(falt);
            if (varde instanceof Collection<?> lista) {
                g.writeStartArray();
                for (Object element : lista) {
                    p.defaultSerializeValue(element, g);
                }
                g.writeEndArray();
            } else {
                p.defaultSerializeValue(varde, g);
            }
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static Map<EObject, Integer> skrivna(SerializerProvider p) {
        Object karta = p.getAttribute(SKRIVNA);
        if (karta == null) {
            karta = new IdentityHashMap<EObject, Integer>();
            // per call: one writeValue is one message, and numbering starts anew in the next
            p.setAttribute(SKRIVNA, karta);
        }
        return (Map<EObject, Integer>) karta;
    }
}
