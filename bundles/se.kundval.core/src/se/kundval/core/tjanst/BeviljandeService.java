package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;

/**
 * Myndighetsutövning (DOMAIN §1, §4): the handläggare grants and extends insatser. Every failing
 * eligibility rule must be overridden with a written motivering; beslut are immutable and audited.
 */
public interface BeviljandeService {

    /** The installed types a beslut may start on the day. */
    List<Insatstyp> typerGiltigaPa(Inloggning vem, LocalDate start);

    /** The kund's eligibility for the type: the common rules and the type's own. */
    Behorighetsprovning prova(Inloggning vem, long kundId, String insatstyp, LocalDate beslutsdatum, LocalDate start);

    /** The anordnare authorised for the type on the day, with their results to support the kund's choice. */
    List<Anordnarval> anordnare(Inloggning vem, String insatstyp, LocalDate start);

    /** Grants the insats: a BEVILJANDE beslut with every override, audited. Nothing is written on error. */
    Insats bevilja(Inloggning vem, Beviljande beviljande);

    /**
     * Extends a running insats: a FORLANGNING beslut, audited. Refused when {@code Forlangningsprovning}
     * finds an obstacle, and when the whole length exceeds what the type allows without
     * {@code motiveringForLangd} (may be null otherwise).
     */
    Insats forlang(Inloggning vem, long insatsId, int manader, LocalDate beslutsdatum, String motivering,
            String motiveringForLangd);
}
