package se.kundval.core.tjanst;

import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.dokument.Dokumentinnehall;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;

/**
 * The six-month evidence with its documents (DOMAIN §2, §14): the anordnare submits it from the
 * portal, the handläggare and karriärvägledare open the documents in the workbench. Every upload
 * and every opening of a document's content is in the access log (§12).
 */
public interface DokumentService {

    /**
     * The anordnare submits the evidence for an insats of its own organisation — the kind of
     * underlag, a description and one or more documents (PDF, PNG, JPEG, at most 10 MB each, the kind
     * read from the content) — or, after a request for completion, submits it anew; the earlier
     * submissions stay. All of it is saved, or nothing.
     */
    Sexmanadersuppfoljning lamnaUnderlag(Inloggning vem, long insatsId, Underlagstyp underlag, String beskrivning,
            List<Bifogadfil> filer);

    /**
     * A document's content, for the anordnare whose insats it is and for the karriärvägledare and
     * handläggare; for another anordnare it does not exist.
     */
    Dokumentinnehall las(Inloggning vem, long dokumentId);
}
