package se.kundval.core.dataskydd;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything stored about one person (GDPR art. 15, DOMAIN §12), in parts a person can read.
 *
 * @param personnummer the person's number
 * @param upprattat    when the utdrag was made
 * @param upprattatAv  who made it
 * @param delar        the kinds of records, those with no record included (an empty part says "none")
 */
public record Registerutdrag(String personnummer, LocalDateTime upprattat, String upprattatAv, List<Utdragsdel> delar) {

    public Registerutdrag {
        delar = List.copyOf(delar);
    }
}
