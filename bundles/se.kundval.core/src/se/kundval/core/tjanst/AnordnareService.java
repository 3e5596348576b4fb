package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;

/** The anordnare register with auktorisationer and coacher. */
public interface AnordnareService {

    List<Anordnare> alla(Inloggning vem);

    Optional<Anordnare> hamtaMedOrgnr(Inloggning vem, String orgnr);

    Anordnare spara(Inloggning vem, Anordnare anordnare);

    /**
     * The start date of each anordnare's latest insats, by organisationsnummer; an anordnare that has
     * never had an insats is missing. What the register needs to flag avauktorisation (DOMAIN §2).
     */
    Map<String, LocalDate> senasteInsatsstart(Inloggning vem);
}
