package se.kundval.core.rapport;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lasting effect of a row's lyckade avslut: per follow-up month (6, 12, 24) the share still in
 * egen försörjning.
 *
 * @param perManad months after the avslut → the figures, in month order
 */
public record Effekt(Map<Integer, Effektandel> perManad) {

    public Effekt {
        perManad = Collections.unmodifiableMap(new TreeMap<>(perManad));
    }
}
