package se.kundval.rapport.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.json.Jsonkodek;

/**
 * Reads JSON back through the product's codec into maps (in document order), lists, BigDecimal,
 * String, Boolean and null, so assertions compare plain values; malformed JSON and duplicate keys fail.
 */
final class JsonLasare {

    private JsonLasare() {
    }

    static Object las(String text) {
        try {
            return varde(new Jsonkodek().lasTrad(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object varde(JsonNode nod) {
        if (nod.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            nod.properties().forEach(p -> m.put(p.getKey(), varde(p.getValue())));
            return m;
        }
        if (nod.isArray()) {
            List<Object> l = new ArrayList<>();
            nod.forEach(e -> l.add(varde(e)));
            return l;
        }
        if (nod.isNumber()) {
            return nod.decimalValue();
        }
        if (nod.isTextual()) {
            return nod.textValue();
        }
        if (nod.isBoolean()) {
            return nod.booleanValue();
        }
        return null;
    }
}
