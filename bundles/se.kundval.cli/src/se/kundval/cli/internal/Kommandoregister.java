package se.kundval.cli.internal;

import java.util.List;
import java.util.Optional;

/** Every command of DOMAIN §10, in the order the help lists them. */
final class Kommandoregister {

    private final List<Kommando> kommandon = List.of(
            Utbyteskommando.importera(),
            Utbyteskommando.exportera(),
            new Ersattningskommando(),
            new Kvalitetsrapportkommando(),
            new Budgetkommando(),
            new Demokommando());

    List<Kommando> alla() {
        return kommandon;
    }

    /** The command whose name the arguments start with (one or two words). */
    Optional<Kommando> hitta(List<String> ord) {
        for (Kommando k : kommandon) {
            List<String> namn = List.of(k.namn().split(" ")); //$NON-NLS-1$
            if (ord.size() >= namn.size() && ord.subList(0, namn.size()).equals(namn)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
