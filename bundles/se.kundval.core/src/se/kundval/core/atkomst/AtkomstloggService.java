package se.kundval.core.atkomst;

import java.util.Collection;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Kund;

/**
 * The access log of DOMAIN §12. The services that return or change kunder write it themselves;
 * {@link #logga} is for what happens outside them with kunder already read (a PDF written in the
 * workbench). Nothing here changes or deletes an entry: a review is stored beside it.
 */
public interface AtkomstloggService {

    /**
     * Records that the user did {@code handling} with each kund, at {@link Inloggning#plats()}; one
     * entry per kund, written together. Requires the right to read kunder.
     */
    void logga(Inloggning vem, Atkomsthandling handling, Collection<Kund> kunder);

    /** The entries matching the search, oldest first. Requires {@link se.kundval.core.Rattighet#GRANSKA_ATKOMSTLOGG}. */
    List<Atkomstpost> sok(Inloggning vem, Loggfraga fraga);

    /** A random sample of at most {@code antal} of the entries matching the search, oldest first. */
    List<Atkomstpost> stickprov(Inloggning vem, Loggfraga fraga, int antal);

    /** Marks the entry reviewed with a comment; the review names the reviewer and the time. */
    Logggranskning markeraGranskad(Inloggning vem, long postId, String kommentar);
}
