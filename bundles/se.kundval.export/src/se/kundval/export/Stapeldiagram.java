package se.kundval.export;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bar chart, drawn in PDF documents (CSV and XLSX carry the same figures in tables).
 *
 * @param rubrik    the title
 * @param typ       how the values are shown on the axis (e.g. {@link Kolumntyp#ANDEL} as percentages)
 * @param staplar   category → value, in display order
 * @param mallinje  a target drawn as a line across the bars (e.g. 0.65), or null
 */
public record Stapeldiagram(String rubrik, Kolumntyp typ, Map<String, BigDecimal> staplar, BigDecimal mallinje)
        implements Dokumentdel {

    public Stapeldiagram {
        Objects.requireNonNull(rubrik, "rubrik"); //$NON-NLS-1$
        staplar = Collections.unmodifiableMap(new LinkedHashMap<>(staplar));
    }
}
