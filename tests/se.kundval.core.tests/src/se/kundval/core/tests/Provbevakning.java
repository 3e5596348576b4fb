package se.kundval.core.tests;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Insats;

/** A deadline source: every insats is due for a check a configurable number of days after start. */
public class Provbevakning implements Bevakningskalla {

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        LocalDate forfaller = insats.getStartdatum().plusDays(granser.dagar("prov", 30));
        return List.of(new Bevakning(insats.getId() == null ? 0 : insats.getId(), "PROV", "Provkontroll", forfaller,
                forfaller.isBefore(idag) ? Bevakning.Niva.FORSENAD : Bevakning.Niva.PAMINNELSE));
    }
}
