package se.kundval.core.json;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads what {@link Emfskrivare} writes into objects of the class {@code @typ} names, created
 * through the package registry (so a plugin's typdata class is read like the model's own), with
 * every {@code @ref} bound to the object of that {@code @id} in the same message. Refused, with a
 * Swedish message naming the class and the field: an unknown {@code @typ} or {@code @ref}, a class
 * that is not what the place expects, a field the class does not store, a value of the wrong type.
 */
final class Emflasare extends StdDeserializer<EObject> {

    private static final long serialVersionUID = 1L;
    /** The objects read so far in this message, by their {@code @id}. */
    static final Object LASTA = new Object();

    private final transient EPackage.Registry register;

    Emflasare(Class<?> vantad, EPackage.Registry register) {
        super(vantad);
        this.register = register;
    }

    @Override
    public EObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode nod = ctxt.readTree(p);
        return objekt(nod, handledType(), ctxt);
    }

    private EObject objekt(JsonNode nod, Class<?> vantad, DeserializationContext ctxt) throws IOException {
        if (nod.isNull()) {
            return null;
        }
        if (!nod.isObject()) {
            throw fel(ctxt, Messages.inteObjekt, vantad.getSimpleName(), nod);
        }
        Map<Integer, EObject> lasta = lasta(ctxt);
        if (nod.has(Emffalt.REF)) {
            EObject tidigare = nod.size() == 1 && nod.get(Emffalt.REF).canConvertToInt()
                    ? lasta.get(Integer.valueOf(nod.get(Emffalt.REF).intValue())) : null;
            if (tidigare == null) {
                throw fel(ctxt, Messages.okandRef, nod.get(Emffalt.REF), null);
            }
            return passar(tidigare, vantad, ctxt);
        }
        EClass klass = klass(nod.get(Emffalt.TYP), ctxt);
        EObject objekt = passar(EcoreUtil.create(klass), vantad, ctxt);
        JsonNode id = nod.get(Emffalt.ID);
        if (id != null) {
            if (!id.canConvertToInt() || lasta.containsKey(Integer.valueOf(id.intValue()))) {
                throw fel(ctxt, Messages.felId, klass.getName(), id);
            }
            // before the features: a feature may refer back to this object (a cycle)
            lasta.put(Integer.valueOf(id.intValue()), objekt);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = nod.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> falt = it.next();
            if (!falt.getKey().equals(Emffalt.TYP) && !falt.getKey().equals(Emffalt.ID)) {
                satt(objekt, falt.getKey(), falt.getValue(), ctxt);
            }
        }
        return objekt;
    }

    private EClass klass(JsonNode typ, DeserializationContext ctxt) throws IOException {
        if (typ == null || !typ.isTextual()) {
            throw fel(ctxt, Messages.typSaknas, Emffalt.TYP, null);
        }
        String paket = Emffalt.paket(typ.textValue());
        EPackage epaket = paket == null ? null : register.getEPackage(paket);
        EClassifier klass = epaket == null ? null : epaket.getEClassifier(Emffalt.klassnamn(typ.textValue()));
        if (!(klass instanceof EClass k) || k.isAbstract() || k.isInterface()) {
            throw fel(ctxt, Messages.okandTyp, typ.textValue(), null);
        }
        return k;
    }

    private static EObject passar(EObject objekt, Class<?> vantad, DeserializationContext ctxt) throws IOException {
        if (!vantad.isInstance(objekt)) {
            throw fel(ctxt, Messages.felKlass, objekt.eClass().getName(), vantad.getSimpleName());
        }
        return objekt;
    }

    private void satt(EObject objekt, String namn, JsonNode varde, DeserializationContext ctxt) throws IOException {
        EStructuralFeature falt = objekt.eClass().getEStructuralFeature(namn);
        if (falt == null || !Emffalt.reser(falt)) {
            throw fel(ctxt, Messages.okantFalt, namn, objekt.eClass().getName());
        }
        if (!falt.isMany()) {
            objekt.eSet(falt, varde(objekt, falt, varde, ctxt));
            return;
        }
        if (!varde.isArray()) {
            throw fel(ctxt, Messages.intelista, objekt.eClass().getName() + '.' + namn, varde);
        }
        @SuppressWarnings("unchecked")
        List<Object> lista = (List<Object>) objekt.eGet(falt);
        lista.clear();
        for (JsonNode element : varde) {
            lista.add(varde(objekt, falt, element, ctxt));
        }
    }

    private Object varde(EObject objekt, EStructuralFeature falt, JsonNode varde, DeserializationContext ctxt)
            throws IOException {
        String plats = objekt.eClass().getName() + '.' + falt.getName();
        if (falt instanceof EReference referens) {
            EObject malet = objekt(varde, EObject.class, ctxt);
            if (malet != null && !referens.getEReferenceType().isSuperTypeOf(malet.eClass())) {
                throw fel(ctxt, Messages.felKlass, malet.eClass().getName(), referens.getEReferenceType().getName());
            }
            return malet;
        }
        EDataType typ = ((EAttribute) falt).getEAttributeType();
        Class<?> klass = typ.getInstanceClass();
        if (varde.isNull()) {
            if (klass != null && klass.isPrimitive()) {
                throw fel(ctxt, Messages.felVarde, plats, varde);
            }
            return null;
        }
        if (typ instanceof EEnum || klass != null && Enumerator.class.isAssignableFrom(klass)) {
            return kod(typ, varde, plats, ctxt);
        }
        if (klass == null) {
            return EcoreUtil.createFromString(typ, varde.asText());
        }
        try {
            return ctxt.readTreeAsValue(varde, ctxt.constructType(klass.isPrimitive() ? EcoreUtil.wrapperClassFor(klass) : klass));
        } catch (JsonMappingException e) {
            throw fel(ctxt, Messages.felVarde, plats, varde);
        }
    }

    /** A model code by its literal, as the writer wrote it. */
    private static Object kod(EDataType typ, JsonNode varde, String plats, DeserializationContext ctxt) throws IOException {
        if (varde.isTextual()) {
            if (typ instanceof EEnum e) {
                EEnumLiteral literal = e.getEEnumLiteralByLiteral(varde.textValue());
                if (literal != null) {
                    return literal.getInstance();
                }
            } else {
                for (Object kod : typ.getInstanceClass().getEnumConstants()) {
                    if (((Enumerator) kod).getLiteral().equals(varde.textValue())) {
                        return kod;
                    }
                }
            }
        }
        throw fel(ctxt, Messages.felVarde, plats, varde);
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, EObject> lasta(DeserializationContext ctxt) {
        Object karta = ctxt.getAttribute(LASTA);
        if (karta == null) {
            karta = new HashMap<Integer, EObject>();
            ctxt.setAttribute(LASTA, karta);
        }
        return (Map<Integer, EObject>) karta;
    }

    private static Jsonfel fel(DeserializationContext ctxt, String monster, Object forsta, Object andra) {
        return new Jsonfel(ctxt.getParser(), NLS.bind(monster, forsta, andra));
    }
}
