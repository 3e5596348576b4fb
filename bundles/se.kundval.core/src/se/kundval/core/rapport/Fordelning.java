package se.kundval.core.rapport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code av} persons or avslut divide between categories (kön, utbildningsnivå, språk,
 * avslutsorsak): count per category, in a stable order, and each category's share.
 *
 * @param antal category → count, only categories that occur
 * @param av    the total the shares are computed on
 */
public record Fordelning(Map<String, Integer> antal, int av) {

    /** The category of a person or avslut for which the value is missing. */
    public static final String EJ_ANGIVET = "EJ_ANGIVET"; //$NON-NLS-1$

    public Fordelning {
        antal = Collections.unmodifiableMap(new LinkedHashMap<>(antal));
    }

    public int antal(String kategori) {
        return antal.getOrDefault(kategori, 0);
    }

    public Andel andel(String kategori) {
        return new Andel(antal(kategori), av);
    }
}
