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
 * The whole-database read behind export (DOMAIN §9), one query per table rather than per object.
 * Requires {@link se.kundval.core.Rattighet#EXPORTERA}; personnummer are masked unless the user
 * may also see them in full (such an export cannot be imported again).
 */
public interface Exportlager {

    Innehall lasAllt(Inloggning vem);

    /**
     * Everything the interchange files hold, detached and read-only.
     *
     * @param anordnare    every anordnare with its auktorisationer
     * @param kunder       every kund
     * @param insatser     every insats with beslut, avslut, bedömningar, månadsrapporter and type data
     * @param enkatsvar    every survey answer
     * @param enkatutskick every invitation count
     * @param priser       the prislista
     */
    record Innehall(List<Anordnare> anordnare, List<Kund> kunder, List<Insats> insatser, List<Enkatsvar> enkatsvar,
            List<Enkatutskick> enkatutskick, List<Pris> priser) {
    }
}
