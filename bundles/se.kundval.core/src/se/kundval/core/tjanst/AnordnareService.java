package se.kundval.core.tjanst;

import java.util.List;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;

/** The anordnare register with auktorisationer and coacher. */
public interface AnordnareService {

    List<Anordnare> alla(Inloggning vem);

    Optional<Anordnare> hamtaMedOrgnr(Inloggning vem, String orgnr);

    Anordnare spara(Inloggning vem, Anordnare anordnare);
}
