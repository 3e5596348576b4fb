package se.kundval.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter on one or a few A4 pages, written by {@link BrevSkrivare}: the sender and the date at
 * the top, a heading, the facts of the matter as label–value lines, sections of running text and a
 * signature. Used for decisions sent to a kund, where a table layout would not do.
 *
 * @param avsandare  the sender, e.g. the municipality's name
 * @param datum      the letter's date
 * @param rubrik     the heading
 * @param uppgifter  the facts, in order
 * @param stycken    the sections, in order
 * @param underskrift the closing lines (name, role), each on its own line
 */
public record Brev(String avsandare, LocalDate datum, String rubrik, List<Uppgift> uppgifter, List<Stycke> stycken,
        List<String> underskrift) {

    public Brev {
        Objects.requireNonNull(avsandare, "avsandare"); //$NON-NLS-1$
        Objects.requireNonNull(datum, "datum"); //$NON-NLS-1$
        Objects.requireNonNull(rubrik, "rubrik"); //$NON-NLS-1$
        uppgifter = List.copyOf(uppgifter);
        stycken = List.copyOf(stycken);
        underskrift = List.copyOf(underskrift);
    }

    /** One fact of the letter, e.g. "Insatstyp" – "AMI1 Arbetsmarknadsinsats nivå 1". */
    public record Uppgift(String etikett, String varde) {
    }

    /** A section: a heading (or null) and its text; line breaks in the text are kept. */
    public record Stycke(String rubrik, String text) {
    }
}
