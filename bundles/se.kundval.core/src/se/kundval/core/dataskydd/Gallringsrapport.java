package se.kundval.core.dataskydd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a gallring did, or a dry run would do (DOMAIN §12): counts only, no identity of anyone whose
 * akt went. The open cases are akter that would have been due but hold an insats without avslut;
 * they stay in the register, so naming their insats does not reveal anything gallrat.
 *
 * @param id               the kept report's id; null for a dry run, which keeps nothing
 * @param per              the gallring day
 * @param utford           when it ran
 * @param utfordAv         the user who ran it
 * @param torrkorning      a dry run: nothing was changed
 * @param akterPerAr       akter gallrade (or due) by the year of their last entry
 * @param insatser         the insatser of those akter, kept as anonymous statistics
 * @param sparadeForskning due akter kept because the person was born on the 5th, 15th or 25th
 * @param oppnaArenden     due akter kept because an insats has no avslut, to see to
 */
public record Gallringsrapport(Long id, LocalDate per, LocalDateTime utford, String utfordAv, boolean torrkorning,
        SortedMap<Integer, Integer> akterPerAr, int insatser, int sparadeForskning, List<OppetArende> oppnaArenden) {

    public Gallringsrapport {
        akterPerAr = new TreeMap<>(akterPerAr);
        oppnaArenden = List.copyOf(oppnaArenden);
    }

    /** The akter gallrade (or due in a dry run) in all. */
    public int akter() {
        return akterPerAr.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The counts per year as an unmodifiable view, for writers that iterate them. */
    public Map<Integer, Integer> perAr() {
        return Collections.unmodifiableSortedMap(akterPerAr);
    }
}
