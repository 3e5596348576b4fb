package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Insats;

/** Insatser, each loaded with everything it contains; an anordnare user reaches only its own. */
public interface InsatsService {

    List<Insats> forKund(Inloggning vem, long kundId);

    Insats hamta(Inloggning vem, long id);

    /**
     * Every insats active on some day of [fran, till], or with its avslutsdatum in it (an avslut
     * reported for a day after the granted end), with beslut, avslut, bedömningar and typdata
     * (what compensation and reports need; plans and reports are not loaded).
     */
    List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till);

    /**
     * Validates and saves the insats and what it contains. Beslut and avslutsbedömningar are
     * append-only: changing or removing a saved one is refused.
     */
    Insats spara(Inloggning vem, Insats insats);
}
