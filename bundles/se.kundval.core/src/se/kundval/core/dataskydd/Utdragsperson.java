package se.kundval.core.dataskydd;

import java.util.List;

/**
 * The person a registerutdrag is about, as other stores know them: by the kund's database id, its
 * kund-id and personnummer, and the database ids of its insatser.
 */
public record Utdragsperson(long id, String kundId, String personnummer, List<Long> insatsIds) {

    public Utdragsperson {
        insatsIds = List.copyOf(insatsIds);
    }
}
