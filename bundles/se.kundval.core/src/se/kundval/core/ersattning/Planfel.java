package se.kundval.core.ersattning;

import java.util.List;

import se.kundval.core.KundvalException;

/** A budget plan that cannot be used; every problem as {@code file:line: message}. */
public class Planfel extends KundvalException {

    private static final long serialVersionUID = 1L;

    private final List<String> fel;

    public Planfel(List<String> fel) {
        super(String.join("\n", fel)); //$NON-NLS-1$
        this.fel = List.copyOf(fel);
    }

    public List<String> fel() {
        return fel;
    }
}
