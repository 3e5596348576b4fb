package se.kundval.core.tjanst;

import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Pris;

/**
 * The whole-database read behind export (DOMAIN §9), one query per table and page rather than per
 * object, in one read that sees the database as it was when the export began. Kunder and insatser
 * come in pages, so that an export holds a page of them at a time and never the whole database
 * (docs/decisions/0481-exporten-i-sidor.md). Requires {@link se.kundval.core.Rattighet#EXPORTERA};
 * personnummer are masked unless the user may also see them in full (such an export cannot be
 * imported again), a protected kund's identity always.
 */
public interface Exportlager {

    /**
     * Hands the receiver the registers, then every kund in pages in kund_id order, then every insats
     * of an exported kund in pages in insats_id order ({@link String#compareTo}, not the database's
     * collation). Each page of kunder has its access-log entries written before it is handed over.
     */
    void lasAllt(Inloggning vem, Mottagare mottagare);

    /** What an export does with what is read, called in the order of {@link #lasAllt}, on the caller's thread. */
    interface Mottagare {

        void register(Register register);

        /** A page of kunder, detached and read-only. */
        void kunder(List<Kund> sida);

        /** A page of insatser with beslut, avslut, bedömningar, månadsrapporter and type data, detached and read-only. */
        void insatser(List<Insats> sida);
    }

    /**
     * The small tables of the interchange files, detached and read-only.
     *
     * @param anordnare    every anordnare with its auktorisationer
     * @param enkatsvar    every survey answer
     * @param enkatutskick every invitation count
     * @param priser       the prislista
     */
    record Register(List<Anordnare> anordnare, List<Enkatsvar> enkatsvar, List<Enkatutskick> enkatutskick, List<Pris> priser) {
    }
}
