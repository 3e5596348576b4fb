package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.Map;

/**
 * A handläggare's decision to grant an insats, as the beviljande wizard collects it.
 *
 * @param kundId       the kund's database id
 * @param insatstyp    the type's code
 * @param orgnr        the anordnare the kund chose
 * @param beslutsdatum the day of the beslut
 * @param startdatum   the planned start
 * @param motivering   the beslut's motivering
 * @param undantag     for each failing rule the handläggare overrides: rule code → written motivering
 */
public record Beviljande(long kundId, String insatstyp, String orgnr, LocalDate beslutsdatum, LocalDate startdatum,
        String motivering, Map<String, String> undantag) {

    public Beviljande {
        undantag = Map.copyOf(undantag);
    }
}
