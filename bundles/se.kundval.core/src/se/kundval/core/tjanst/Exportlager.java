package se.kundval.core.tjanst;

import java.util.List;
import java.util.function.Consumer;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Pris;

/**
 * The whole-database read behind export (DOMAIN §9), one query per table and page rather than per
 * object. Kunder and insatser come in pages, so that an export holds a page of them at a time and
 * never the whole database (docs/decisions/0481-exporten-i-sidor.md). Every method requires
 * {@link se.kundval.core.Rattighet#EXPORTERA}; personnummer are masked unless the user may also see
 * them in full (such an export cannot be imported again), a protected kund's identity always.
 */
public interface Exportlager {

    /** The tables that grow with the anordnare and the prislista, not with the kunder: read whole. */
    Register lasRegister(Inloggning vem);

    /**
     * Every kund, in pages in kund_id order ({@link String#compareTo}, not the database's collation).
     * Each page's access-log entries are written before the page is handed over.
     */
    void lasKunder(Inloggning vem, Consumer<List<Kund>> sidor);

    /**
     * Every insats of a kund that is exported, with beslut, avslut, bedömningar, månadsrapporter and
     * type data, in pages in insats_id order ({@link String#compareTo}); a page is detached and read-only.
     */
    void lasInsatser(Inloggning vem, Consumer<List<Insats>> sidor);

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
