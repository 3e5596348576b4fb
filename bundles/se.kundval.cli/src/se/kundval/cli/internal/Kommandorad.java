package se.kundval.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** The options ({@code --namn värde} or {@code --namn=värde}) and positional arguments after the command's name. */
final class Kommandorad {

    /** The database options every command takes. */
    static final Set<String> DATABASFLAGGOR = Set.of("db", "jdbc", "user", "password-file"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final Map<String, String> flaggor = new HashMap<>();
    private final List<String> argument = new ArrayList<>();

    Kommandorad(Kommando kommando, List<String> ord) {
        for (int i = 0; i < ord.size(); i++) {
            String o = ord.get(i);
            if (!o.startsWith("--")) { //$NON-NLS-1$
                argument.add(o);
                continue;
            }
            String namn = o.substring(2);
            String varde;
            int lika = namn.indexOf('=');
            if (lika >= 0) {
                varde = namn.substring(lika + 1);
                namn = namn.substring(0, lika);
            } else if (i + 1 < ord.size()) {
                varde = ord.get(++i);
            } else {
                throw new Indatafel(NLS.bind(Messages.flaggaUtanVarde, o, kommando.namn()));
            }
            if (!DATABASFLAGGOR.contains(namn) && !kommando.flaggor().contains(namn)) {
                throw new Indatafel(NLS.bind(Messages.okandFlagga, "--" + namn, kommando.namn())); //$NON-NLS-1$
            }
            if (flaggor.put(namn, varde) != null) {
                throw new Indatafel(NLS.bind(Messages.dubbelFlagga, "--" + namn)); //$NON-NLS-1$
            }
        }
        if (argument.size() != kommando.argument()) {
            throw new Indatafel(NLS.bind(Messages.felAntalArgument,
                    new Object[] {kommando.namn(), kommando.argument(), kommando.namn() + ' ' + kommando.anvandning()}));
        }
    }

    /** The option's value, or null when it was not given. */
    String flagga(String namn) {
        return flaggor.get(namn);
    }

    String argument(int index) {
        return argument.get(index);
    }
}
