package se.kundval.cli.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;

/** A command of DOMAIN §10 that this version does not have yet: listed in the help, exit code 2 when run. */
final class EjTillgangligt implements Kommando {

    private final String namn;
    private final String anvandning;
    private final String beskrivning;
    private final Set<String> flaggor;

    EjTillgangligt(String namn, String anvandning, String beskrivning, Set<String> flaggor) {
        this.namn = namn;
        this.anvandning = anvandning;
        this.beskrivning = beskrivning;
        this.flaggor = flaggor;
    }

    @Override
    public String namn() {
        return namn;
    }

    @Override
    public String anvandning() {
        return anvandning;
    }

    @Override
    public String beskrivning() {
        return beskrivning;
    }

    @Override
    public Set<String> flaggor() {
        return flaggor;
    }

    @Override
    public int argument() {
        return 0;
    }

    @Override
    public List<String> buntar() {
        return List.of();
    }

    @Override
    public int kor(Korning korning) {
        throw new KundvalException(NLS.bind(Messages.ejTillgangligt, namn));
    }
}
