package se.kundval.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.dataskydd.OppetArende;

/**
 * One personakt as gallring sees it: the kund, the latest date of any record in it, and its
 * insatser without avslut.
 */
final class Akt {

    final long kundId;
    final String personnummer;
    final List<OppetArende> oppna = new ArrayList<>();
    LocalDate senastePost;
    int insatser;

    Akt(long kundId, String personnummer) {
        this.kundId = kundId;
        this.personnummer = personnummer;
    }

    /** A later date moves the last entry; an earlier one or none leaves it. */
    void post(LocalDate datum) {
        if (datum != null && (senastePost == null || datum.isAfter(senastePost))) {
            senastePost = datum;
        }
    }
}
