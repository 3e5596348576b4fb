package se.kundval.core.tjanst;

import java.time.YearMonth;

import se.kundval.core.Inloggning;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Sexmanadersuppfoljning;

/**
 * Follow-up of an insats (DOMAIN §2, §8): the anordnare's genomförandeplan, månadsrapporter and
 * sexmånadersuppföljning; the karriärvägledare's review of the reports; the handläggare's
 * confirmation of the six-month evidence; the month-6 progress review and effektuppföljning.
 */
public interface UppfoljningService {

    /** The anordnare writes or revises the plan; a revision of an existing plan is recorded with its date. */
    Genomforandeplan sparaPlan(Inloggning vem, long insatsId, Genomforandeplan plan, String revision);

    /** The anordnare files (or, after a request for completion, re-files) the report for a month. */
    Manadsrapport lamnaIn(Inloggning vem, long insatsId, Manadsrapport rapport);

    /** The karriärvägledare approves a report, or asks for completion with a comment. */
    Manadsrapport granska(Inloggning vem, long insatsId, YearMonth period, boolean godkand, String kommentar);

    // the anordnare submits the six-month evidence with its documents through DokumentService.lamnaUnderlag (decision 0400)

    /**
     * The handläggare confirms or rejects the evidence. A confirmation makes the bonus payable; a
     * rejection records a new avslutsbedömning that is not bonusgrundande.
     */
    Sexmanadersuppfoljning bedomUnderlag(Inloggning vem, long insatsId, boolean bekraftad, String motivering);

    /**
     * The handläggare or karriärvägledare sends the submitted evidence back for completion with a
     * comment saying what is missing; the anordnare then submits it anew and this one stays as it was.
     */
    Sexmanadersuppfoljning begarKomplettering(Inloggning vem, long insatsId, String kommentar);

    /** The month-6 review of a twelve-month insats: continue, extend or end. */
    Progressgenomgang registreraProgress(Inloggning vem, long insatsId, Progressgenomgang genomgang);

    /** Whether the kund is still in egen försörjning 6, 12 or 24 months after a lyckat avslut. */
    Effektuppfoljning registreraEffekt(Inloggning vem, long insatsId, Effektuppfoljning uppfoljning);
}
