package se.kundval.core.bevakning;

import java.time.LocalDate;
import java.util.List;

import se.kundval.model.Insats;

/**
 * A plugin's deadlines, contributed through the {@code bevakningar} extension point. The caseload
 * asks every source about every insats it shows.
 */
public interface Bevakningskalla {

    /**
     * The deadlines of one insats as of {@code idag}.
     *
     * @param insats  the insats with what {@code InsatsService.arbetslistaForBevakningar} loads: a
     *                source that needs more adds it to that read's plan
     * @param granser the user's limits (days), keyed by the names the source declares
     */
    List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser);
}
