package se.kundval.rapport.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * A small JSON writer for trees of maps, collections and values: the report needs no more than
 * this, and no JSON library is worth embedding for it. Output is indented by two spaces.
 */
final class Json {

    private Json() {
    }

    /**
     * Writes the value: null, Boolean, Number, CharSequence, a model code (by literal) or other enum
     * (by name), a date (ISO), a Map with String keys (an object, in the map's order) or a
     * Collection (an array).
     */
    static void skriv(Object varde, Writer ut) throws IOException {
        skriv(varde, ut, 0);
        ut.write('\n');
    }

    private static void skriv(Object varde, Writer ut, int niva) throws IOException {
        switch (varde) {
            case null -> ut.write("null"); //$NON-NLS-1$
            case Boolean b -> ut.write(b.toString());
            case BigDecimal d -> ut.write(d.toPlainString());
            case Double d -> ut.write(BigDecimal.valueOf(d).toPlainString());
            case Float f -> ut.write(BigDecimal.valueOf(f).toPlainString());
            case Number n -> ut.write(n.toString());
            case Enumerator e -> strang(e.getLiteral(), ut);
            case Enum<?> e -> strang(e.name(), ut);
            case TemporalAccessor t -> strang(t.toString(), ut);
            case Map<?, ?> m -> objekt(m, ut, niva);
            case Collection<?> c -> lista(c, ut, niva);
            default -> strang(varde.toString(), ut);
        }
    }

    private static void objekt(Map<?, ?> karta, Writer ut, int niva) throws IOException {
        if (karta.isEmpty()) {
            ut.write("{}"); //$NON-NLS-1$
            return;
        }
        ut.write('{');
        Iterator<? extends Map.Entry<?, ?>> poster = karta.entrySet().iterator();
        while (poster.hasNext()) {
            Map.Entry<?, ?> post = poster.next();
            radbrytning(ut, niva + 1);
            strang(String.valueOf(post.getKey()), ut);
            ut.write(": "); //$NON-NLS-1$
            skriv(post.getValue(), ut, niva + 1);
            if (poster.hasNext()) {
                ut.write(',');
            }
        }
        radbrytning(ut, niva);
        ut.write('}');
    }

    private static void lista(Collection<?> lista, Writer ut, int niva) throws IOException {
        if (lista.isEmpty()) {
            ut.write("[]"); //$NON-NLS-1$
            return;
        }
        ut.write('[');
        Iterator<?> element = lista.iterator();
        while (element.hasNext()) {
            radbrytning(ut, niva + 1);
            skriv(element.next(), ut, niva + 1);
            if (element.hasNext()) {
                ut.write(',');
            }
        }
        radbrytning(ut, niva);
        ut.write(']');
    }

    private static void radbrytning(Writer ut, int niva) throws IOException {
        ut.write('\n');
        ut.write("  ".repeat(niva)); //$NON-NLS-1$
    }

    /** A string with the escapes JSON requires: quote, backslash and control characters. */
    static void strang(String s, Writer ut) throws IOException {
        ut.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> ut.write("\\\""); //$NON-NLS-1$
                case '\\' -> ut.write("\\\\"); //$NON-NLS-1$
                case '\n' -> ut.write("\\n"); //$NON-NLS-1$
                case '\r' -> ut.write("\\r"); //$NON-NLS-1$
                case '\t' -> ut.write("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        ut.write(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        ut.write(c);
                    }
                }
            }
        }
        ut.write('"');
    }
}
