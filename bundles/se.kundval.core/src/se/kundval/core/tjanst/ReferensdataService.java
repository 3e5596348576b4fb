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

    /**
     * The prices in force, ordered by type and date: approved rows only, and of two approved rows of
     * a type and date the one approved last (a correction). What compensation is computed with.
     */
    List<Pris> priser();

    /** The price valid on the day: of {@link #priser()}, the row of the type with the latest giltigFran on or before it. */
    Optional<Pris> prisPa(String insatstypKod, LocalDate dag);

    /** Every row of the prislista with its status (proposed, approved, withdrawn), ordered by type, date and entry. */
    List<Pris> prislista(Inloggning vem);

    /**
     * Proposes a price from a date (also a correction of an approved one: a new row, never an edit).
     * Refused when invalid or when it would change the price in force in a month before the current
     * one. It takes effect only when another administratör approves it. Audited.
     */
    Pris foreslaPris(Inloggning vem, Pris pris);

    /**
     * Approves a proposed price (four-eyes, DOMAIN §12): refused to the one who proposed it, and when
     * it would by now change the price of a month before the current one. Audited.
     */
    Pris godkannPris(Inloggning vem, long prisId);

    /** Withdraws a proposal, or an approved price that has not yet taken effect; the row stays, withdrawn. Audited. */
    Pris aterkallaPris(Inloggning vem, long prisId);
}
