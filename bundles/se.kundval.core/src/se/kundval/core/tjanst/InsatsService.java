package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;

/** Insatser, each loaded with everything it contains; an anordnare user reaches only its own. */
public interface InsatsService {

    List<Insats> forKund(Inloggning vem, long kundId);

    /** A new insats-id for an insats created in the workbench, e.g. {@code I2026-100004}. */
    String nyttInsatsId();

    Insats hamta(Inloggning vem, long id);

    /**
     * Every insats active on some day of [fran, till], or with its avslutsdatum in it (an avslut
     * reported for a day after the granted end), with beslut, avslut, bedömningar and typdata
     * (what compensation and reports need; plans and reports are not loaded).
     */
    List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till);

    /**
     * Every insats, with everything it contains, that is running or ended within the last {@code
     * manaderTillbaka} months, of the kunder the user follows: a karriärvägledare's own kunder, an
     * anordnare's own insatser, everyone's for other roles.
     */
    List<Insats> arbetslista(Inloggning vem, int manaderTillbaka);

    /**
     * The insatser of {@link #arbetslista}, logged and masked the same way, with what their
     * deadlines (the {@code bevakningar} extension point) are computed from: beslut, the avslut
     * with its bedömningar, the genomförandeplan without its contents, månadsrapporter,
     * progressgenomgångar, sexmånadersuppföljningar without their documents and
     * effektuppföljningar; not the type's data. For reading only: a part left out is not there to
     * be saved back (docs/decisions/0475).
     */
    List<Insats> arbetslistaForBevakningar(Inloggning vem, int manaderTillbaka);

    /** The audit trail of the insats (every save, its beslut, avslut, bedömningar), oldest first, with the changed fields. */
    List<Granskningshandelse> historik(Inloggning vem, long insatsId);

    /** Insatser whose avslut has no judgement yet, with beslut, avslut and uppföljningar loaded. */
    List<Insats> medObedomtAvslut(Inloggning vem);

    /**
     * Validates and saves the insats and what it contains, writing in the same transaction the audit
     * entry: who, when, what happened and every field changed, before and after. Beslut and
     * avslutsbedömningar are append-only: changing or removing a saved one is refused.
     */
    Insats spara(Inloggning vem, Insats insats, Granskning granskning);

    /** {@link #spara(Inloggning, Insats, Granskning)} of a plain change: audited by its fields alone. */
    default Insats spara(Inloggning vem, Insats insats) {
        return spara(vem, insats, Granskning.ANDRING);
    }
}
