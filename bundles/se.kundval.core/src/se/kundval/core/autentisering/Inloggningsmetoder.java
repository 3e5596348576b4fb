package se.kundval.core.autentisering;

import java.util.List;

/** Every installed {@link Inloggningsmetod}, ordered by id. */
public interface Inloggningsmetoder {

    List<Inloggningsmetodbidrag> metoder();
}
