package se.kundval.core.rapport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kvalitetsrapport of DOMAIN §7 for a period: all insatser, per insatstyp and per anordnare,
 * the tillsyn summary, and the sections contributed by plugins and by the compensation engine
 * (each becomes a top-level key of the JSON report).
 *
 * @param period      the period
 * @param totalt      all insatser
 * @param insatstyper code → row, in code order
 * @param anordnare   orgnr → row, in name order
 * @param tillsyn     the tillsyn checklist summarised per krav
 * @param sektioner   contributed sections, in a stable order
 * @param fallmix     the case-mix model behind the anordnare's justerad kvot (DOMAIN §13)
 */
public record Kvalitetsrapport(Rapportperiod period, Totalrad totalt, Map<String, Insatstyprad> insatstyper,
        Map<String, Anordnarrad> anordnare, List<Tillsynskrav> tillsyn, List<Rapportsektion> sektioner, Fallmix fallmix) {

    /** The målet for andel lyckade (egen försörjning) that the municipality reports against. */
    public static final String MAL_ANDEL_LYCKADE = "0.65"; //$NON-NLS-1$

    public Kvalitetsrapport {
        insatstyper = Collections.unmodifiableMap(new LinkedHashMap<>(insatstyper));
        anordnare = Collections.unmodifiableMap(new LinkedHashMap<>(anordnare));
        tillsyn = List.copyOf(tillsyn);
        sektioner = List.copyOf(sektioner);
    }
}
