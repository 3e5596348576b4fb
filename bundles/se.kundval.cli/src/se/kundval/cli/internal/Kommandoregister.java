package se.kundval.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every command of DOMAIN §10, in the order the help lists them. A command that is not part of
 * this version yet is listed with what it will do and answers that it is not available; to add
 * it, replace its {@link EjTillgangligt} entry with the command's own class.
 */
final class Kommandoregister {

    private final List<Kommando> kommandon = List.of(
            new Importkommando(),
            new Exportkommando(),
            new EjTillgangligt("ersattning", Messages.ersattningAnvandning, Messages.ersattningBeskrivning, //$NON-NLS-1$
                    Set.of("manad", "format")), //$NON-NLS-1$ //$NON-NLS-2$
            new Rapportkommando(),
            new EjTillgangligt("budget", Messages.budgetAnvandning, Messages.budgetBeskrivning, Set.of("plan")), //$NON-NLS-1$ //$NON-NLS-2$
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
