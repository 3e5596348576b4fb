package se.kundval.core.dataskydd;

import java.util.Optional;

import se.kundval.core.Inloggning;

/**
 * Registerutdrag (GDPR art. 15): everything stored about one person. Needs
 * {@link se.kundval.core.Rattighet#GORA_REGISTERUTDRAG} (handläggare, administratör).
 */
public interface RegisterutdragService {

    /** The utdrag for the person with the personnummer (12 digits, a hyphen allowed); empty when no kund has it. */
    Optional<Registerutdrag> utdrag(Inloggning vem, String personnummer);
}
