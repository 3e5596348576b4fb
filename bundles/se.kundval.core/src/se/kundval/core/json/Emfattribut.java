package se.kundval.core.json;

import java.io.IOException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One attribute's value of an EMF object, read from the parser's current token for
 * {@link Emflasare}: a model code by its literal, anything else by the attribute's Java type through
 * the codec's own rules (no "5" for 5, decimals exact). A value that does not fit is refused naming
 * the class, the attribute and the value as it was written.
 */
final class Emfattribut {

    private Emfattribut() {
    }

    static Object varde(EAttribute falt, EObject objekt, JsonParser p, DeserializationContext ctxt) throws IOException {
        EDataType typ = falt.getEAttributeType();
        Class<?> klass = typ.getInstanceClass();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            if (klass != null && klass.isPrimitive()) {
                throw Emflasare.fel(ctxt, Messages.felVarde, plats(objekt, falt), beskrivning(p, ctxt));
            }
            return null;
        }
        if (typ instanceof EEnum || klass != null && Enumerator.class.isAssignableFrom(klass)) {
            return kod(typ, p, plats(objekt, falt), ctxt);
        }
        if (!p.currentToken().isScalarValue()) {
            throw Emflasare.fel(ctxt, Messages.felVarde, plats(objekt, falt), beskrivning(p, ctxt));
        }
        if (klass == null) {
            return EcoreUtil.createFromString(typ, p.getValueAsString());
        }
        try {
            return ctxt.readValue(p, ctxt.constructType(klass.isPrimitive() ? EcoreUtil.wrapperClassFor(klass) : klass));
        } catch (JsonMappingException e) {
            // a scalar is one token: the parser is still on the value that did not fit
            throw Emflasare.fel(ctxt, Messages.felVarde, plats(objekt, falt), beskrivning(p, ctxt));
        }
    }

    /** A model code by its literal, as the writer wrote it. */
    private static Object kod(EDataType typ, JsonParser p, String plats, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String literal = p.getText();
            if (typ instanceof EEnum e) {
                EEnumLiteral kod = e.getEEnumLiteralByLiteral(literal);
                if (kod != null) {
                    return kod.getInstance();
                }
            } else {
                for (Object kod : typ.getInstanceClass().getEnumConstants()) {
                    if (((Enumerator) kod).getLiteral().equals(literal)) {
                        return kod;
                    }
                }
            }
        }
        throw Emflasare.fel(ctxt, Messages.felVarde, plats, beskrivning(p, ctxt));
    }

    /** {@code Insats.startdatum}: made only for a message, not for every value read. */
    static String plats(EObject objekt, EStructuralFeature falt) {
        return objekt.eClass().getName() + '.' + falt.getName();
    }

    /** The value at the parser as JSON ({@code "6"}, {@code 5}, {@code null}), for a message. */
    static String beskrivning(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return TextNode.valueOf(p.getText()).toString();
        }
        if (token != null && token.isScalarValue()) {
            return p.getText();
        }
        JsonNode struktur = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? ctxt.readTree(p) : null;
        return String.valueOf(struktur);
    }
}
