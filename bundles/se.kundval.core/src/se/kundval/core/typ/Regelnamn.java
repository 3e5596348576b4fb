package se.kundval.core.typ;

import se.kundval.model.Undantag;

/** How an overridden eligibility rule is named to people: by the name it had at the beslut, not its code. */
public final class Regelnamn {

    private Regelnamn() {
    }

    /** The rule's name as the beslut recorded it; the code for beslut taken before names were kept (V060). */
    public static String av(Undantag undantag) {
        String namn = undantag.getNamn();
        return namn == null || namn.isBlank() ? undantag.getRegel() : namn;
    }
}
