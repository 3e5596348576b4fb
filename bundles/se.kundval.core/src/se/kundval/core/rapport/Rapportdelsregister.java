package se.kundval.core.rapport;

import java.util.List;

/** Every installed {@link Rapportdel}. */
public interface Rapportdelsregister {

    List<Rapportdel> delar();
}
