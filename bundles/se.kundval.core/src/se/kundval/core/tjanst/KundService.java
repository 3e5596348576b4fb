package se.kundval.core.tjanst;

import java.util.List;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Kund;

/**
 * Kunder. Users without the right to see full personnummer get them masked; an anordnare user gets
 * only kunder who have an insats with it.
 */
public interface KundService {

    Kundsida sok(Inloggning vem, Kundfraga fraga);

    /** The kund with its database id, detached. */
    Kund hamta(Inloggning vem, long id);

    Optional<Kund> hamtaMedKundId(Inloggning vem, String kundId);

    /** A new kund-id for a kund registered in the workbench, e.g. {@code K2026-100005}. */
    String nyttKundId();

    /**
     * Validates and saves; the same object gets its new id and version, and the audit trail who changed
     * which field from what to what, in the same transaction. Throws
     * {@link se.kundval.core.ValideringException} or {@link se.kundval.core.KonfliktException}, writing nothing.
     */
    Kund spara(Inloggning vem, Kund kund);

    /**
     * The kund's audit trail, oldest first, each entry with the fields it changed; personnummer
     * masked as the kund is for users without the right to see it in full, a protected identity hidden as
     * it is in the kund.
     */
    List<Granskningshandelse> historik(Inloggning vem, long id);

    /**
     * The kund with its audit trail and its insatser with theirs, as the Kund editor opens it: one read
     * and one access-log entry, where {@link #hamta}, {@link #historik} and the insatser read one by one
     * would each write their own.
     */
    Kundakt akt(Inloggning vem, long id);

    /**
     * Marks or unmarks the kund's skyddade personuppgifter (DOMAIN §12), audited. Only a
     * karriärvägledare or handläggare whose kund it is may do it; the kund as read afterwards.
     */
    Kund markeraSkyddad(Inloggning vem, long id, boolean skyddad);
}
