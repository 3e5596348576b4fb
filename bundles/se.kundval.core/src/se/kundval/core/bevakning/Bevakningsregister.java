package se.kundval.core.bevakning;

import java.util.List;

/** Every installed {@link Bevakningskalla}. */
public interface Bevakningsregister {

    List<Bevakningskalla> kallor();
}
