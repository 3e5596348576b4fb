package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kundval;
import se.kundval.model.Pris;

/**
 * Kundval, insatstyper (kept in the database once an installed plugin has registered them, so
 * existing insatser keep their type when a plugin is removed) and the prislista.
 */
public interface ReferensdataService {

    List<Kundval> kundval();

    List<Insatstyp> insatstyper();

    Optional<Insatstyp> insatstyp(String kod);

    /** All prices, ordered by type and date. */
    List<Pris> priser();

    /** The price valid on the day: the row of the type with the latest giltigFran on or before it. */
    Optional<Pris> prisPa(String insatstypKod, LocalDate dag);

    /** Adds a price from a date; refused when it is negative or a price from that date exists. */
    Pris laggTillPris(Inloggning vem, Pris pris);
}
