package se.kundval.core.json;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads what {@link Emfskrivare} writes into objects of the class {@code @typ} names, created
 * through the package registry (so a plugin's typdata class is read like the model's own), with
 * every {@code @ref} bound to the object of that {@code @id} in the same message. Refused, with a
 * Swedish message naming the class and the field: an unknown {@code @typ} or {@code @ref}, a class
 * that is not what the place expects, a field the class does not store, a value of the wrong type.
 * <p>
 * The object is read token by token as the writer orders it ({@code @typ}, {@code @id}, the
 * features), with no tree in between: a list of thousands of objects is bound as fast as it is
 * parsed (decision 0445). An object whose {@code @typ} is not its first member, as a person may
 * write it, is put in that order first and then read the same way.
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

    /** The same for every place of its class: Jackson may keep it instead of asking the module again. */
    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public EObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return objekt(p, handledType(), ctxt);
    }

    /** The object at the parser's current token, which is left on its end. */
    private EObject objekt(JsonParser p, Class<?> vantad, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!p.isExpectedStartObjectToken()) {
            throw fel(ctxt, Messages.inteObjekt, vantad.getSimpleName(), Emfattribut.beskrivning(p, ctxt));
        }
        String forsta = p.nextFieldName();
        if (Emffalt.REF.equals(forsta)) {
            return passar(referens(p, ctxt), vantad, ctxt);
        }
        if (!Emffalt.TYP.equals(forsta)) {
            return iSkrivarensOrdning(p, vantad, ctxt);
        }
        p.nextToken();
        EClass klass = klass(p, ctxt);
        EObject objekt = passar(EcoreUtil.create(klass), vantad, ctxt);
        for (String namn = p.nextFieldName(); namn != null; namn = p.nextFieldName()) {
            p.nextToken();
            if (namn.equals(Emffalt.ID)) {
                // before the features: a feature may refer back to this object (a cycle)
                registrera(objekt, p, ctxt);
            } else {
                satt(objekt, namn, p, ctxt);
            }
        }
        return objekt;
    }

    /** {@code {"@ref": n}} and nothing more: the object of that number, read earlier in the message. */
    private static EObject referens(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fel(ctxt, Messages.okandRef, Emfattribut.beskrivning(p, ctxt), null);
        }
        Integer nummer = Integer.valueOf(p.getIntValue());
        EObject tidigare = p.nextToken() == JsonToken.END_OBJECT ? lasta(ctxt).get(nummer) : null;
        if (tidigare == null) {
            throw fel(ctxt, Messages.okandRef, nummer, null);
        }
        return tidigare;
    }

    /** The rest of an object whose first member is not {@code @typ}, reordered and read as written. */
    private EObject iSkrivarensOrdning(JsonParser p, Class<?> vantad, DeserializationContext ctxt) throws IOException {
        ObjectNode resten = (ObjectNode) ctxt.readTree(p);
        ObjectNode ordnad = ctxt.getNodeFactory().objectNode();
        if (resten.has(Emffalt.REF)) {
            throw fel(ctxt, Messages.okandRef, resten.get(Emffalt.REF), null);
        }
        if (!resten.has(Emffalt.TYP)) {
            throw fel(ctxt, Messages.typSaknas, Emffalt.TYP, null);
        }
        ordnad.set(Emffalt.TYP, resten.remove(Emffalt.TYP));
        if (resten.has(Emffalt.ID)) {
            // before the features, as the writer puts it: a feature may refer back to this object
            ordnad.set(Emffalt.ID, resten.remove(Emffalt.ID));
        }
        ordnad.setAll(resten);
        try (JsonParser ordnadParser = ordnad.traverse(p.getCodec())) {
            ordnadParser.nextToken();
            return objekt(ordnadParser, vantad, ctxt);
        }
    }

    private EClass klass(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fel(ctxt, Messages.typSaknas, Emffalt.TYP, null);
        }
        String typ = p.getText();
        String paket = Emffalt.paket(typ);
        EPackage epaket = paket == null ? null : register.getEPackage(paket);
        EClassifier klass = epaket == null ? null : epaket.getEClassifier(Emffalt.klassnamn(typ));
        if (!(klass instanceof EClass k) || k.isAbstract() || k.isInterface()) {
            throw fel(ctxt, Messages.okandTyp, typ, null);
        }
        return k;
    }

    private static void registrera(EObject objekt, JsonParser p, DeserializationContext ctxt) throws IOException {
        Map<Integer, EObject> lasta = lasta(ctxt);
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || lasta.putIfAbsent(Integer.valueOf(p.getIntValue()), objekt) != null) {
            throw fel(ctxt, Messages.felId, objekt.eClass().getName(), Emfattribut.beskrivning(p, ctxt));
        }
    }

    private static EObject passar(EObject objekt, Class<?> vantad, DeserializationContext ctxt) throws IOException {
        if (!vantad.isInstance(objekt)) {
            throw fel(ctxt, Messages.felKlass, objekt.eClass().getName(), vantad.getSimpleName());
        }
        return objekt;
    }

    private void satt(EObject objekt, String namn, JsonParser p, DeserializationContext ctxt) throws IOException {
        EStructuralFeature falt = objekt.eClass().getEStructuralFeature(namn);
        if (falt == null || !Emffalt.reser(falt)) {
            throw fel(ctxt, Messages.okantFalt, namn, objekt.eClass().getName());
        }
        if (!falt.isMany()) {
            objekt.eSet(falt, varde(objekt, falt, p, ctxt));
            return;
        }
        if (!p.isExpectedStartArrayToken()) {
            throw fel(ctxt, Messages.intelista, Emfattribut.plats(objekt, falt), Emfattribut.beskrivning(p, ctxt));
        }
        @SuppressWarnings("unchecked")
        List<Object> lista = (List<Object>) objekt.eGet(falt);
        lista.clear();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            lista.add(varde(objekt, falt, p, ctxt));
        }
    }

    private Object varde(EObject objekt, EStructuralFeature falt, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (falt instanceof EReference referens) {
            EObject malet = objekt(p, EObject.class, ctxt);
            if (malet != null && !referens.getEReferenceType().isSuperTypeOf(malet.eClass())) {
                throw fel(ctxt, Messages.felKlass, malet.eClass().getName(), referens.getEReferenceType().getName());
            }
            return malet;
        }
        return Emfattribut.varde((EAttribute) falt, objekt, p, ctxt);
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

    static Jsonfel fel(DeserializationContext ctxt, String monster, Object forsta, Object andra) {
        return new Jsonfel(ctxt.getParser(), NLS.bind(monster, forsta, andra));
    }
}
