package se.kundval.core.dataskydd;

import java.util.List;

import se.kundval.core.Inloggning;

/**
 * A store outside the kund's own aggregate that holds data about the person, e.g. the access log:
 * register an implementation as an OSGi service and every registerutdrag includes its parts after
 * the register's own. Called in the same read as the rest of the utdrag.
 */
public interface Registerutdragsbidrag {

    /** The parts about the person, with Swedish labels; an empty part when nothing is stored. */
    List<Utdragsdel> delar(Inloggning vem, Utdragsperson person);
}
