package se.kundval.core.tjanst;

import java.util.List;
import java.util.Map;

import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * One kund as the Kund editor shows it, read at once ({@link KundService#akt}): one read of the kund's
 * personal data, one access-log entry (DOMAIN §12).
 *
 * @param kund         the kund, detached, as the user may see it
 * @param kundhistorik the kund's audit trail, oldest first, with the fields each entry changed
 * @param insatser     the kund's insatser the user reaches, with everything they contain
 * @param historik     insats database id → its audit trail, oldest first
 */
public record Kundakt(Kund kund, List<Granskningshandelse> kundhistorik, List<Insats> insatser,
        Map<Long, List<Granskningshandelse>> historik) {
}
