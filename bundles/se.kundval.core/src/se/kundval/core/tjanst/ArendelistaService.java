package se.kundval.core.tjanst;

import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakningsgranser;

/**
 * The caseload (DOMAIN §8): the kunder a user follows, with deadlines from every plugin's
 * {@code bevakningar} contribution. A karriärvägledare sees the kunder she is responsible for; a
 * handläggare or administrator all kunder with an insats; an anordnare those with an insats of its own.
 */
public interface ArendelistaService {

    List<Arenderad> arenden(Inloggning vem, Bevakningsgranser granser);
}
