package se.kundval.core.rapport;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contributed report section as the {@code rapportdelar} extension declares it.
 *
 * @param del           the section
 * @param bidragsgivare the symbolic name of the contributing plugin
 * @param insatstyper   the declared {@code insatstyper} attribute (codes, comma separated, or {@code *}), or null
 */
public record Rapportdelsbidrag(Rapportdel del, String bidragsgivare, String insatstyper) {

    /** The value of {@code insatstyper} that gives a section every insats. */
    public static final String ALLA = "*"; //$NON-NLS-1$

    /**
     * The declared types, or empty when the section declares none; a set holding {@link #ALLA} means
     * every insats.
     */
    public Optional<Set<String>> deklareradeTyper() {
        if (insatstyper == null || insatstyper.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(insatstyper.split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                .collect(Collectors.toUnmodifiableSet()));
    }
}
