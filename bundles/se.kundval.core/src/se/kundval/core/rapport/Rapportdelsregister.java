package se.kundval.core.rapport;

import java.util.List;

/** Every installed {@link Rapportdel}. */
public interface Rapportdelsregister {

    List<Rapportdel> delar();

    /** The sections with who contributed them and which insatser they read. */
    List<Rapportdelsbidrag> bidrag();
}
