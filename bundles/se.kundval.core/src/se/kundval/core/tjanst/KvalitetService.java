package se.kundval.core.tjanst;

import java.util.List;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Tillsyn;

/**
 * The kvalitetsuppföljning's own data: kundundersökning answers and invitations, and the tillsyn
 * checklists. Reading needs {@link se.kundval.core.Rattighet#LASA_RAPPORTER}, writing
 * {@link se.kundval.core.Rattighet#HANTERA_KVALITET}.
 */
public interface KvalitetService {

    /** The survey answers of the year, with their anordnare. */
    List<Enkatsvar> enkatsvar(Inloggning vem, int ar);

    /** How many were invited per anordnare in the year. */
    List<Enkatutskick> enkatutskick(Inloggning vem, int ar);

    /** Validates and saves the answers in one transaction: all or none. */
    void sparaEnkatsvar(Inloggning vem, List<Enkatsvar> svar);

    /** Saves the number invited; an earlier number for the same anordnare and year is replaced. */
    Enkatutskick sparaEnkatutskick(Inloggning vem, Enkatutskick utskick);

    /** Every tillsyn of the year with its punkter, in anordnare order. */
    List<Tillsyn> tillsyn(Inloggning vem, int ar);

    Optional<Tillsyn> tillsyn(Inloggning vem, String orgnr, int ar);

    /** Validates and saves the tillsyn with its punkter; refused when another of the anordnare and year exists. */
    Tillsyn sparaTillsyn(Inloggning vem, Tillsyn tillsyn);
}
