package se.kundval.kund.ui;

import java.util.List;
import java.util.Map;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundakt;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/**
 * What the Kund editor shows, read through the services in one go (in a background job): the kund
 * itself, its own audit trail, its insatser with everything they contain, and each insats's audit trail.
 *
 * @param kund         the kund, detached; masked personnummer for users without the right
 * @param kundhistorik the kund's audit trail, oldest first, with the fields each entry changed
 * @param insatser     the kund's insatser (none for a new kund)
 * @param historik     insats database id → its audit trail, oldest first
 */
record Kundlasning(Kund kund, List<Granskningshandelse> kundhistorik, List<Insats> insatser, Map<Long, List<Granskningshandelse>> historik) {

    /** Where the access log says the editor read or changed the kund (DOMAIN §12). */
    static final String PLATS = "Kundeditor"; //$NON-NLS-1$

    /** Reads a saved kund: one read, one access-log entry (DOMAIN §12). */
    static Kundlasning las(Inloggning vem, KundService kunder, long kundId) {
        Kundakt akt = kunder.akt(vem.vid(PLATS), kundId);
        return new Kundlasning(akt.kund(), akt.kundhistorik(), akt.insatser(), akt.historik());
    }

    /** A new kund with a kund-id of its own, not yet saved. */
    static Kundlasning ny(KundService kunder) {
        Kund kund = KundvalFactory.eINSTANCE.createKund();
        kund.setKundId(kunder.nyttKundId());
        return new Kundlasning(kund, List.of(), List.of(), Map.of());
    }

    /** The same with the kund's audit trail read again (after a save). */
    Kundlasning medKundhistorik(Inloggning vem, KundService kunder) {
        return kund.getId() == null ? this : new Kundlasning(kund, kunder.historik(vem, kund.getId()), insatser, historik);
    }

    /** The same kund with its insatser and their audit trails read again (after a beslut), the edited kund kept. */
    Kundlasning medInsatser(Inloggning vem, KundService kunder) {
        if (kund.getId() == null) {
            return this;
        }
        Kundakt akt = kunder.akt(vem.vid(PLATS), kund.getId());
        return new Kundlasning(kund, kundhistorik, akt.insatser(), akt.historik());
    }
}
