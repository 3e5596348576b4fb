package se.kundval.rapport.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON back into maps, lists, BigDecimal, String, Boolean and null, failing on anything malformed. */
final class JsonLasare {

    private final String text;
    private int pos;

    private JsonLasare(String text) {
        this.text = text;
    }

    static Object las(String text) {
        JsonLasare l = new JsonLasare(text);
        Object v = l.varde();
        l.blanka();
        if (l.pos != text.length()) {
            throw l.fel("text after the value");
        }
        return v;
    }

    private Object varde() {
        blanka();
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return objekt();
            case '[':
                return lista();
            case '"':
                return strang();
            case 't':
                return ord("true", Boolean.TRUE);
            case 'f':
                return ord("false", Boolean.FALSE);
            case 'n':
                return ord("null", null);
            default:
                return tal();
        }
    }

    private Map<String, Object> objekt() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        blanka();
        if (text.charAt(pos) == '}') {
            pos++;
            return m;
        }
        while (true) {
            blanka();
            String nyckel = strang();
            blanka();
            forvanta(':');
            if (m.put(nyckel, varde()) != null) {
                throw fel("duplicate key " + nyckel);
            }
            blanka();
            if (text.charAt(pos) == ',') {
                pos++;
            } else {
                forvanta('}');
                return m;
            }
        }
    }

    private List<Object> lista() {
        List<Object> l = new ArrayList<>();
        pos++;
        blanka();
        if (text.charAt(pos) == ']') {
            pos++;
            return l;
        }
        while (true) {
            l.add(varde());
            blanka();
            if (text.charAt(pos) == ',') {
                pos++;
            } else {
                forvanta(']');
                return l;
            }
        }
    }

    private String strang() {
        forvanta('"');
        StringBuilder sb = new StringBuilder();
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\') {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else if (c < 0x20) {
                throw fel("control character in a string");
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    private BigDecimal tal() {
        int start = pos;
        while (pos < text.length() && "-+.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw fel("unexpected character");
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private Object ord(String ord, Object varde) {
        if (!text.startsWith(ord, pos)) {
            throw fel("expected " + ord);
        }
        pos += ord.length();
        return varde;
    }

    private void forvanta(char c) {
        if (text.charAt(pos) != c) {
            throw fel("expected '" + c + "'");
        }
        pos++;
    }

    private void blanka() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException fel(String vad) {
        return new IllegalArgumentException(vad + " at " + pos + ": " + text.substring(pos, Math.min(text.length(), pos + 30)));
    }
}
